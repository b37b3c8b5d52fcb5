// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one format's reader: the zip container, the workbook, shared
// strings, styles and sheet XML are read together for one sheet and share its limits.
#include "XlsxReader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tuma {

namespace {

constexpr int kMaxColumns = 16384; // column XFD
constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
constexpr qint64 kSecondsPerDay = 86400;
// 9999-12-31, Excel's last date, as a serial of each date system.
constexpr qint64 kLastSerial1900 = 2958465;
constexpr qint64 kLastSerial1904 = kLastSerial1900 - 1462;
// Excel shows 15 significant digits; binary noise past them is not what the user typed.
constexpr int kExcelDigits = 15;
// Shared strings are held in memory: far more text than any real contact list, and a bound
// on what a crafted file (a few kilobytes of zip inflating to gigabytes) can make us hold.
constexpr qint64 kMaxSharedCharacters = qint64(1) << 28;

// How a numeric cell is shown, from its style's number format.
enum class ValueKind : quint8 { Number, Date, DateTime, Time, Duration, ZeroPadded };

struct CellFormat
{
    ValueKind kind = ValueKind::Number;
    int minDigits = 0; // ZeroPadded: the digits the format always shows ("0000000000")
};

enum class CellType : quint8 {
    Number,
    SharedString,
    InlineString,
    FormulaString,
    Boolean,
    ErrorValue,
    IsoDate,
};

struct Relationship
{
    QString type;
    QString part; // the target, resolved to a part name
};

struct SheetEntry
{
    QString name;
    QString part; // empty when the workbook's relationships do not say where the sheet is
};

bool isElapsedSection(QStringView inside)
{
    if (inside.isEmpty())
        return false;
    const QChar first = inside.front().toLower();
    if (first != u'h' && first != u'm' && first != u's')
        return false;
    return std::all_of(inside.begin(), inside.end(),
                       [first](QChar ch) { return ch.toLower() == first; });
}

// A custom number format is a date or time when, outside quoted text, escaped characters and
// [..] sections (colours, locales, conditions), it has a d, m, y, h or s. "m" is a month
// unless hours or seconds are shown too. Only the first section (positive numbers) counts.
CellFormat classifyFormatCode(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    bool elapsed = false;
    qsizetype end = 0;
    for (; end < code.size(); ++end) {
        const QChar ch = code[end];
        if (ch == u';')
            break;
        if (ch == u'"') {
            const qsizetype close = code.indexOf(u'"', end + 1);
            if (close < 0)
                break;
            end = close;
            continue;
        }
        // \x is a literal; _x leaves the width of x; *x repeats x to fill the cell.
        if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++end;
            continue;
        }
        if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', end + 1);
            if (close < 0)
                break;
            if (isElapsedSection(code.sliced(end + 1, close - end - 1))) {
                elapsed = true;
                time = true;
            }
            end = close;
            continue;
        }
        switch (ch.toLower().unicode()) {
        case u'd':
        case u'y':
            date = true;
            break;
        case u'h':
        case u's':
            time = true;
            break;
        case u'm':
            month = true;
            break;
        default:
            break;
        }
    }
    if (date || (month && !time))
        return {time ? ValueKind::DateTime : ValueKind::Date, 0};
    if (time)
        return {elapsed ? ValueKind::Duration : ValueKind::Time, 0};

    // "0000000000" or "0#########": how a column of phone numbers keeps its leading zero
    // on screen while the cell holds 712345678.
    const QStringView section = code.first(std::min(end, code.size()));
    const qsizetype firstZero = section.indexOf(u'0');
    const bool digitsOnly = !section.isEmpty()
        && std::all_of(section.begin(), section.end(),
                       [](QChar ch) { return ch == u'0' || ch == u'#'; });
    if (digitsOnly && firstZero >= 0 && section.size() - firstZero > 1)
        return {ValueKind::ZeroPadded, int(std::min<qsizetype>(section.size() - firstZero, 32))};
    return {};
}

// Excel's built-in formats (ECMA-376 part 1, 18.8.30), including the East Asian ones.
CellFormat builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58)
        return {ValueKind::Date, 0};
    if (id == 22)
        return {ValueKind::DateTime, 0};
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47 || id == 55
        || id == 56)
        return {ValueKind::Time, 0};
    if (id == 46)
        return {ValueKind::Duration, 0};
    return {};
}

QString integralText(double value)
{
    if (std::fabs(value) < kExactIntegerLimit)
        return QString::number(static_cast<qint64>(value));
    // Past 2^53 only about 15 digits mean anything: write the shortest digits that identify
    // the double and pad with zeros, as Excel shows it, never with an exponent.
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    QString digits = scientific.first(e);
    const bool negative = digits.startsWith(u'-');
    digits.remove(u'-');
    digits.remove(u'.');
    const int exponent = QStringView(scientific).sliced(e + 1).toInt();
    if (exponent + 1 < digits.size())
        return QString::number(value, 'f', 0);
    return (negative ? QStringLiteral("-") : QString()) + digits
        + QString(exponent + 1 - digits.size(), u'0');
}

QString numberText(double value)
{
    if (value == std::trunc(value))
        return integralText(value);
    const double shown = QString::number(value, 'g', kExcelDigits).toDouble();
    if (shown == std::trunc(shown))
        return integralText(shown);
    if (std::fabs(shown) >= 1e-6)
        return QString::number(shown, 'f', QLocale::FloatingPointShortest);
    return QString::number(shown, 'g', QLocale::FloatingPointShortest);
}

QString timeText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString isoDate(QDate date)
{
    // Written by hand: this runs for every date cell of a sheet.
    char16_t text[10];
    int year = date.year();
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char16_t(u'0' + year % 10);
    text[4] = text[7] = u'-';
    text[5] = char16_t(u'0' + date.month() / 10);
    text[6] = char16_t(u'0' + date.month() % 10);
    text[8] = char16_t(u'0' + date.day() / 10);
    text[9] = char16_t(u'0' + date.day() % 10);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

// An empty string for a day Excel cannot show (it shows ####).
QString dateText(qint64 days, bool date1904)
{
    if (date1904) {
        if (days < 0 || days > kLastSerial1904)
            return {};
        return isoDate(QDate(1904, 1, 1).addDays(days));
    }
    if (days < 1 || days > kLastSerial1900)
        return {};
    // Serial 60 is 29 February 1900, a day that never was: Lotus 1-2-3 thought 1900 a leap
    // year and Excel kept the mistake, so every later serial is one day ahead.
    if (days == 60)
        return QStringLiteral("1900-02-29");
    return isoDate(QDate(1899, 12, days < 60 ? 31 : 30).addDays(days));
}

QString formattedNumber(double value, CellFormat format, bool date1904)
{
    switch (format.kind) {
    case ValueKind::Number:
        break;
    case ValueKind::ZeroPadded:
        if (value >= 0 && value == std::trunc(value) && value < kExactIntegerLimit) {
            QString digits = QString::number(static_cast<qint64>(value));
            if (digits.size() < format.minDigits)
                digits.prepend(QString(format.minDigits - digits.size(), u'0'));
            return digits;
        }
        break;
    case ValueKind::Time:
    case ValueKind::Duration:
        if (value >= 0 && value < 1e9) {
            const qint64 seconds = std::llround(value * kSecondsPerDay);
            return timeText(format.kind == ValueKind::Time ? seconds % kSecondsPerDay : seconds);
        }
        break;
    case ValueKind::Date:
    case ValueKind::DateTime:
        if (value >= 0 && value <= kLastSerial1900 + 1) {
            const qint64 seconds = std::llround(value * kSecondsPerDay);
            const QString date = dateText(seconds / kSecondsPerDay, date1904);
            if (date.isEmpty())
                break;
            const qint64 timeOfDay = seconds % kSecondsPerDay;
            if (format.kind == ValueKind::DateTime && timeOfDay != 0)
                return date + u'T' + timeText(timeOfDay);
            return date;
        }
        break;
    }
    return numberText(value);
}

// Digits only, no sign, no leading zero, at most 15 digits: how Excel writes most integers.
// Such a text is exactly its value's text, and reading it needs no double conversion.
std::optional<qint64> plainInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > kExcelDigits || (text.front() == u'0' && text.size() > 1))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
    }
    return value;
}

// A decimal as Excel writes it ("1234.5", "-0.25"): no exponent, no superfluous zero, at
// most 15 significant digits. Decimals of 15 digits or fewer survive the trip through a
// double, so such a text is already what numberText would make of its value.
bool isPlainDecimal(QStringView text)
{
    if (text.startsWith(u'-'))
        text = text.sliced(1);
    const qsizetype point = text.indexOf(u'.');
    if (point <= 0 || point == text.size() - 1 || text.back() == u'0')
        return false;
    const QStringView whole = text.first(point);
    const QStringView fraction = text.sliced(point + 1);
    if (whole.size() > 1 && whole.front() == u'0')
        return false;
    const auto isDigit = [](QChar ch) { return ch >= u'0' && ch <= u'9'; };
    if (!std::all_of(whole.begin(), whole.end(), isDigit)
        || !std::all_of(fraction.begin(), fraction.end(), isDigit))
        return false;
    if (whole == u"0") {
        // Below 1e-6 numberText writes an exponent.
        const qsizetype zeros
            = std::find_if(fraction.begin(), fraction.end(), [](QChar ch) { return ch != u'0'; })
            - fraction.begin();
        return zeros < 6 && fraction.size() - zeros <= kExcelDigits;
    }
    return whole.size() + fraction.size() <= kExcelDigits;
}

QString numberCellText(const QString& raw, CellFormat format, bool date1904)
{
    if (const std::optional<qint64> integer = plainInteger(raw)) {
        if (format.kind == ValueKind::Number)
            return raw;
        return formattedNumber(double(*integer), format, date1904);
    }
    if (format.kind == ValueKind::Number && isPlainDecimal(raw))
        return raw;
    bool ok = false;
    const double value = QStringView(raw).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    return formattedNumber(value, format, date1904);
}

// An ISO 8601 date cell (t="d"): midnight is a plain date.
QString isoDateText(const QString& raw)
{
    static const QStringList midnights
        = {QStringLiteral("T00:00:00"), QStringLiteral("T00:00:00Z"),
           QStringLiteral("T00:00:00.000"), QStringLiteral("T00:00:00.000Z")};
    for (const QString& midnight : midnights) {
        if (raw.size() == 10 + midnight.size() && raw.endsWith(midnight))
            return raw.first(10);
    }
    return raw;
}

bool isHexDigit(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// OOXML writes characters XML 1.0 cannot hold (and a literal "_x" that looks like an escape)
// as _xHHHH_.
QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    if (at < 0)
        return text;
    QString decoded;
    decoded.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        if (at + 6 < text.size() && text.at(at + 6) == u'_' && isHexDigit(text.at(at + 2))
            && isHexDigit(text.at(at + 3)) && isHexDigit(text.at(at + 4))
            && isHexDigit(text.at(at + 5))) {
            decoded += QStringView(text).sliced(from, at - from);
            decoded += QChar(char16_t(QStringView(text).sliced(at + 2, 4).toUInt(nullptr, 16)));
            from = at + 7;
            at = text.indexOf(u"_x", from);
        } else {
            at = text.indexOf(u"_x", at + 1);
        }
    }
    decoded += QStringView(text).sliced(from);
    return decoded;
}

// The text of a shared string item or an inline string: every <t>, directly or in a rich
// text run; phonetic guides (<rPh>) are not part of the text. Leaves the reader after the
// element's end.
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 0;
    // Not `while (!atEnd())`: after a premature end the reader asks its device again, and a
    // damaged zip entry is a device that never says it is at its end.
    for (;;) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return text;
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t")
                text += decodeEscapes(xml.readElementText(QXmlStreamReader::SkipChildElements));
            else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr")
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return text;
            --depth;
            break;
        default:
            break;
        }
    }
}

CellType cellType(QStringView name)
{
    if (name == u"s")
        return CellType::SharedString;
    if (name == u"inlineStr")
        return CellType::InlineString;
    if (name == u"str")
        return CellType::FormulaString;
    if (name == u"b")
        return CellType::Boolean;
    if (name == u"e")
        return CellType::ErrorValue;
    if (name == u"d")
        return CellType::IsoDate;
    return CellType::Number; // "n" or none
}

struct CellReference
{
    qint64 column = 0; // 0-based; kMaxColumns or more is beyond XFD
    qint64 row = 0; // 0 when the reference has no row
};

std::optional<CellReference> parseCellReference(QStringView reference)
{
    qsizetype i = 0;
    qint64 column = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        int letter = 0;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a' + 1;
        else
            break;
        column = std::min<qint64>(column * 26 + letter, kMaxColumns + 1);
    }
    if (i == 0)
        return std::nullopt;
    qint64 row = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        row = std::min<qint64>(row * 10 + (c - u'0'), qint64(1) << 40);
    }
    return CellReference {column - 1, row};
}

QString columnName(qint64 index)
{
    QString name;
    for (qint64 n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return name;
}

// Part names compare without case (Open Packaging Conventions); some writers use '\'.
QString partKey(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

QString partDirectory(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.first(slash);
}

QString relationshipsPart(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.first(slash + 1) + QStringLiteral("_rels/") + part.sliced(slash + 1)
        + QStringLiteral(".rels");
}

// A relationship's target is relative to its source's folder unless it starts with '/'.
QString resolveTarget(const QString& sourceDirectory, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    else if (!sourceDirectory.isEmpty())
        path = sourceDirectory + u'/' + path;
    path = QDir::cleanPath(path);
    if (path.startsWith(QStringLiteral("./")))
        path.remove(0, 2);
    return path;
}

QStringView attribute(const QXmlStreamAttributes& attributes, const char* name)
{
    return attributes.value(QLatin1StringView(name));
}

QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id"
            && (attribute.namespaceUri().endsWith(u"relationships")
                || attribute.qualifiedName() == u"r:id"))
            return attribute.value().toString();
    }
    return {};
}

QString xmlErrorDetail(const QXmlStreamReader& xml)
{
    return QStringLiteral("%1 (line %2, column %3)")
        .arg(xml.errorString())
        .arg(xml.lineNumber())
        .arg(xml.columnNumber());
}

} // namespace

class XlsxReader::Private final
{
public:
    Result<std::unique_ptr<QuaZipFile>> openPart(const QString& part);
    bool hasPart(const QString& part) const { return m_entries.contains(partKey(part)); }
    // Runs `parse` over the XML of `part`; an XML error names the part.
    Result<void> parsePart(const QString& part,
                           const std::function<void(QXmlStreamReader&)>& parse);
    Result<QHash<QString, Relationship>> readRelationships(const QString& sourcePart);
    Result<void> readWorkbook(const QString& part, QList<std::pair<QString, QString>>& sheetIds);
    Result<void> readSharedStrings(const QString& part);
    Result<void> readStyles(const QString& part);
    Result<void> streamRows(QXmlStreamReader& xml, const QString& sheetName, const Visitor& visit);
    // What the user sees in a cell, from its type, style, <v> and <is>; nothing when it names
    // a shared string the workbook does not have.
    std::optional<QString> cellText(CellType type, qsizetype style, const QString& value,
                                    const std::optional<QString>& inlineText) const;

    Error notWorkbook(const QString& why, const QString& detail = {}) const;
    Error damagedPart(const QString& part, const QString& detail) const;

    QString m_nativePath;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_entries; // partKey -> the name in the zip
    QList<SheetEntry> m_sheets;
    QStringList m_sharedStrings;
    QList<CellFormat> m_cellFormats; // by cellXfs index, the cells' s attribute
    bool m_date1904 = false;
    const QuaZipFile* m_sheetFile = nullptr;
    qint64 m_sheetBytesRead = 0;
    qint64 m_sheetBytesTotal = 0;
};

Error XlsxReader::Private::notWorkbook(const QString& why, const QString& detail) const
{
    //: %1 is a file, %2 what is wrong with it
    return Error {
        QStringLiteral("xlsx_invalid"),
        XlsxReader::tr("%1 is not a valid Excel workbook (.xlsx): %2.").arg(m_nativePath, why),
        detail};
}

Error XlsxReader::Private::damagedPart(const QString& part, const QString& detail) const
{
    return notWorkbook(XlsxReader::tr("its part %1 is damaged").arg(part), detail);
}

Result<std::unique_ptr<QuaZipFile>> XlsxReader::Private::openPart(const QString& part)
{
    const auto entry = m_entries.constFind(partKey(part));
    if (entry == m_entries.cend())
        return notWorkbook(XlsxReader::tr("its part %1 is missing").arg(part));
    if (!m_zip->setCurrentFile(entry.value(), QuaZip::csSensitive))
        return damagedPart(part, QStringLiteral("zip error %1").arg(m_zip->getZipError()));
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && (info.flags & 1) != 0)
        return Error {QStringLiteral("xlsx_encrypted"),
                      XlsxReader::tr("%1 is protected with a password. Open it in Excel or "
                                     "LibreOffice and save it without a password, as .xlsx or "
                                     "CSV (UTF-8).")
                          .arg(m_nativePath),
                      {}};
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return damagedPart(part, QStringLiteral("zip error %1").arg(file->getZipError()));
    return file;
}

Result<void> XlsxReader::Private::parsePart(const QString& part,
                                            const std::function<void(QXmlStreamReader&)>& parse)
{
    Result<std::unique_ptr<QuaZipFile>> file = openPart(part);
    if (!file)
        return file.error();
    QXmlStreamReader xml(file.value().get());
    parse(xml);
    if (xml.hasError())
        return damagedPart(part, xmlErrorDetail(xml));
    return {};
}

Result<QHash<QString, Relationship>>
XlsxReader::Private::readRelationships(const QString& sourcePart)
{
    QHash<QString, Relationship> relationships;
    const QString part = relationshipsPart(sourcePart);
    if (!hasPart(part))
        return relationships;
    const QString directory = partDirectory(sourcePart);
    Result<void> parsed = parsePart(part, [&](QXmlStreamReader& xml) {
        if (!xml.readNextStartElement())
            return;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = xml.attributes();
                if (attribute(attributes, "TargetMode") != u"External")
                    relationships.insert(
                        attribute(attributes, "Id").toString(),
                        {attribute(attributes, "Type").toString(),
                         resolveTarget(directory, attribute(attributes, "Target").toString())});
            }
            xml.skipCurrentElement();
        }
    });
    if (!parsed)
        return parsed.error();
    return relationships;
}

Result<void> XlsxReader::Private::readWorkbook(const QString& part,
                                               QList<std::pair<QString, QString>>& sheetIds)
{
    return parsePart(part, [&](QXmlStreamReader& xml) {
        if (!xml.readNextStartElement())
            return;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"workbookPr") {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QStringView date1904 = attribute(attributes, "date1904");
                m_date1904 = date1904 == u"1" || date1904 == u"true";
                xml.skipCurrentElement();
            } else if (xml.name() == u"sheets") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"sheet") {
                        const QXmlStreamAttributes attributes = xml.attributes();
                        sheetIds.append(std::pair(attribute(attributes, "name").toString(),
                                                  relationshipId(attributes)));
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    });
}

Result<void> XlsxReader::Private::readSharedStrings(const QString& part)
{
    qint64 characters = 0;
    Result<void> parsed = parsePart(part, [&](QXmlStreamReader& xml) {
        if (!xml.readNextStartElement())
            return;
        // The count is only a hint, and a damaged file could claim billions.
        const qint64 count = attribute(xml.attributes(), "uniqueCount").toLongLong();
        m_sharedStrings.reserve(qsizetype(std::clamp<qint64>(count, 0, 1 << 20)));
        while (xml.readNextStartElement()) {
            if (xml.name() != u"si") {
                xml.skipCurrentElement();
                continue;
            }
            m_sharedStrings.append(readRichText(xml));
            characters += m_sharedStrings.constLast().size();
            if (characters > kMaxSharedCharacters)
                return;
        }
    });
    if (!parsed)
        return parsed;
    if (characters > kMaxSharedCharacters)
        return Error {QStringLiteral("xlsx_too_large"),
                      XlsxReader::tr("%1 holds more text than Tuma can import at once. Split it "
                                     "into smaller workbooks, or save it as CSV (UTF-8).")
                          .arg(m_nativePath),
                      {}};
    return {};
}

Result<void> XlsxReader::Private::readStyles(const QString& part)
{
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    Result<void> parsed = parsePart(part, [&](QXmlStreamReader& xml) {
        if (!xml.readNextStartElement())
            return;
        while (xml.readNextStartElement()) {
            // cellStyleXfs has <xf> too, but cells point into cellXfs only.
            const bool numFmts = xml.name() == u"numFmts";
            const bool cellXfs = xml.name() == u"cellXfs";
            if (!numFmts && !cellXfs) {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                const QXmlStreamAttributes attributes = xml.attributes();
                if (numFmts && xml.name() == u"numFmt")
                    customFormats.insert(attribute(attributes, "numFmtId").toInt(),
                                         attribute(attributes, "formatCode").toString());
                else if (cellXfs && xml.name() == u"xf")
                    formatIds.append(attribute(attributes, "numFmtId").toInt());
                xml.skipCurrentElement();
            }
        }
    });
    if (!parsed)
        return parsed;
    m_cellFormats.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds)) {
        const auto custom = customFormats.constFind(id);
        m_cellFormats.append(custom != customFormats.cend() ? classifyFormatCode(custom.value())
                                                            : builtinFormat(id));
    }
    return {};
}

Result<void> XlsxReader::Private::streamRows(QXmlStreamReader& xml, const QString& sheetName,
                                             const Visitor& visit)
{
    qint64 previousRow = 0;
    qint64 nearRow = 1;
    const auto damaged = [&](const QString& detail) {
        return Error {QStringLiteral("xlsx_sheet_damaged"),
                      XlsxReader::tr("Sheet “%1” of %2 is damaged near row %3.")
                          .arg(sheetName, m_nativePath)
                          .arg(nearRow),
                      detail};
    };
    const auto beyondLastColumn = [&](const QString& cell) {
        return Error {QStringLiteral("xlsx_too_many_columns"),
                      XlsxReader::tr("Cell %1 of sheet “%2” is beyond column XFD, the last "
                                     "column Excel allows. The file is damaged or was not made "
                                     "by Excel; save it again from Excel or LibreOffice.")
                          .arg(cell, sheetName),
                      {}};
    };

    if (!xml.readNextStartElement())
        return damaged(xmlErrorDetail(xml));
    if (xml.name() != u"worksheet")
        return Error {QStringLiteral("xlsx_not_a_worksheet"),
                      XlsxReader::tr("Sheet “%1” is a chart or dialog sheet, not a table of "
                                     "cells. Choose another sheet.")
                          .arg(sheetName),
                      {}};
    while (xml.readNextStartElement()) {
        if (xml.name() != u"sheetData") {
            xml.skipCurrentElement();
            continue;
        }
        SheetRow row;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"row") {
                xml.skipCurrentElement();
                continue;
            }
            row.cells.clear();
            row.rowNumber = previousRow + 1;
            bool numberGuessed = true;
            bool ok = false;
            const qint64 number = attribute(xml.attributes(), "r").toLongLong(&ok);
            if (ok && number > 0) {
                row.rowNumber = number;
                numberGuessed = false;
            }
            nearRow = row.rowNumber;
            qint64 nextColumn = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() != u"c") {
                    xml.skipCurrentElement();
                    continue;
                }
                // One pass over the attributes: this runs for every cell of the sheet.
                const QXmlStreamAttributes attributes = xml.attributes();
                QStringView reference;
                QStringView typeName;
                QStringView styleIndex;
                for (const QXmlStreamAttribute& cellAttribute : attributes) {
                    const QStringView name = cellAttribute.name();
                    if (name.size() != 1 || !cellAttribute.namespaceUri().isEmpty())
                        continue;
                    if (name.front() == u'r')
                        reference = cellAttribute.value();
                    else if (name.front() == u't')
                        typeName = cellAttribute.value();
                    else if (name.front() == u's')
                        styleIndex = cellAttribute.value();
                }
                qint64 column = nextColumn;
                if (!reference.isEmpty()) {
                    const std::optional<CellReference> parsed = parseCellReference(reference);
                    if (!parsed)
                        return Error {QStringLiteral("xlsx_bad_cell_reference"),
                                      XlsxReader::tr("Sheet “%1” has a cell named “%2”, which "
                                                     "is not a cell reference Excel knows. The "
                                                     "file is damaged or was not made by Excel.")
                                          .arg(sheetName, reference.toString()),
                                      {}};
                    column = parsed->column;
                    // A row without r takes its number from its first cell, when it has one.
                    if (numberGuessed && nextColumn == 0 && row.cells.isEmpty() && parsed->row > 0)
                        row.rowNumber = nearRow = parsed->row;
                }
                if (column >= kMaxColumns)
                    return beyondLastColumn(reference.isEmpty() ? columnName(column)
                                                    + QString::number(row.rowNumber)
                                                                : reference.toString());
                nextColumn = column + 1;

                const CellType type = cellType(typeName);
                const qsizetype style = styleIndex.toInt();
                QString value;
                std::optional<QString> inlineText;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"v")
                        value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                    else if (xml.name() == u"is")
                        inlineText = readRichText(xml);
                    else
                        xml.skipCurrentElement(); // <f>, <extLst>
                }
                if (xml.hasError())
                    break;

                const std::optional<QString> cell = cellText(type, style, value, inlineText);
                if (!cell)
                    return damaged(
                        QStringLiteral("cell %1 refers to shared string %2 of %3")
                            .arg(columnName(column) + QString::number(row.rowNumber), value)
                            .arg(m_sharedStrings.size()));
                const QString& text = *cell;
                if (text.isEmpty())
                    continue;
                if (column < row.cells.size()) {
                    row.cells[column] = text;
                } else {
                    row.cells.resize(column);
                    row.cells.append(text);
                }
            }
            if (xml.hasError())
                break;
            previousRow = row.rowNumber;
            nearRow = previousRow + 1;
            while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
                row.cells.removeLast();
            if (!row.cells.isEmpty() && !visit(row))
                return {};
        }
        break; // nothing after the cells matters
    }
    if (xml.hasError())
        return damaged(xmlErrorDetail(xml));
    return {};
}

std::optional<QString> XlsxReader::Private::cellText(CellType type, qsizetype style,
                                                     const QString& value,
                                                     const std::optional<QString>& inlineText) const
{
    switch (type) {
    case CellType::Number:
        if (value.isEmpty())
            return QString();
        return numberCellText(value,
                              style >= 0 && style < m_cellFormats.size() ? m_cellFormats.at(style)
                                                                         : CellFormat {},
                              m_date1904);
    case CellType::SharedString: {
        if (value.isEmpty())
            return QString();
        std::optional<qint64> index = plainInteger(value);
        if (!index)
            index = plainInteger(QStringView(value).trimmed());
        if (!index || *index >= m_sharedStrings.size())
            return std::nullopt;
        return m_sharedStrings.at(*index);
    }
    case CellType::InlineString:
        return inlineText ? *inlineText : decodeEscapes(value);
    case CellType::FormulaString:
        return value.isEmpty() && inlineText ? *inlineText : decodeEscapes(value);
    case CellType::Boolean:
        if (value == u"1")
            return QStringLiteral("TRUE");
        if (value == u"0")
            return QStringLiteral("FALSE");
        return value;
    case CellType::ErrorValue:
        return value;
    case CellType::IsoDate:
        return isoDateText(value);
    }
    return value;
}

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;
XlsxReader::XlsxReader(XlsxReader&&) noexcept = default;
XlsxReader& XlsxReader::operator=(XlsxReader&&) noexcept = default;

bool XlsxReader::looksLikeZip(QByteArrayView firstBytes)
{
    // A local file header, or the end record of an empty archive.
    return firstBytes.startsWith(QByteArrayView("PK\x03\x04", 4))
        || firstBytes.startsWith(QByteArrayView("PK\x05\x06", 4));
}

bool XlsxReader::looksLikeOleCompound(QByteArrayView firstBytes)
{
    return firstBytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

Result<void> XlsxReader::open(const QString& path)
{
    close();
    auto state = std::make_unique<Private>();
    state->m_nativePath = QDir::toNativeSeparators(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("xlsx_unreadable"),
                      tr("Tuma cannot read %1. Check that the file exists and that you are "
                         "allowed to read it.")
                          .arg(state->m_nativePath),
                      file.errorString()};
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return state->notWorkbook(tr("the file is empty"));
    if (looksLikeOleCompound(head))
        return Error {QStringLiteral("xlsx_old_format"),
                      tr("%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open "
                         "it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).")
                          .arg(state->m_nativePath),
                      {}};
    if (!looksLikeZip(head))
        return state->notWorkbook(tr("it is not a zip package"));

    state->m_zip = std::make_unique<QuaZip>(path);
    if (!state->m_zip->open(QuaZip::mdUnzip))
        return state->notWorkbook(tr("the zip package is damaged"),
                                  QStringLiteral("zip error %1").arg(state->m_zip->getZipError()));
    const QStringList names = state->m_zip->getFileNameList();
    if (state->m_zip->getZipError() != UNZ_OK)
        return state->notWorkbook(tr("the zip package is damaged"),
                                  QStringLiteral("zip error %1").arg(state->m_zip->getZipError()));
    for (const QString& name : names)
        state->m_entries.insert(partKey(name), name);

    // The package's own relationships say where the workbook is; xl/workbook.xml is where
    // every writer puts it.
    Result<QHash<QString, Relationship>> packageRelationships = state->readRelationships(QString());
    if (!packageRelationships)
        return packageRelationships.error();
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship& relationship : std::as_const(packageRelationships.value())) {
        if (relationship.type.endsWith(u"/officeDocument") && state->hasPart(relationship.part))
            workbookPart = relationship.part;
    }
    if (!state->hasPart(workbookPart)) {
        if (state->hasPart(QStringLiteral("mimetype"))
            && state->hasPart(QStringLiteral("content.xml")))
            return Error {QStringLiteral("xlsx_opendocument"),
                          tr("%1 is an OpenDocument file (.ods), not an Excel workbook. Open it "
                             "in LibreOffice and save it as .xlsx or CSV (UTF-8).")
                              .arg(state->m_nativePath),
                          {}};
        return Error {QStringLiteral("xlsx_no_workbook"),
                      tr("%1 is not a valid Excel workbook (.xlsx): it is a zip archive without "
                         "a workbook (xl/workbook.xml).")
                          .arg(state->m_nativePath),
                      {}};
    }

    QList<std::pair<QString, QString>> sheetIds;
    if (Result<void> read = state->readWorkbook(workbookPart, sheetIds); !read)
        return read;
    Result<QHash<QString, Relationship>> relationships = state->readRelationships(workbookPart);
    if (!relationships)
        return relationships.error();
    for (const auto& [name, id] : std::as_const(sheetIds))
        state->m_sheets.append({name, relationships.value().value(id).part});

    QString sharedStringsPart;
    QString stylesPart;
    for (const Relationship& relationship : std::as_const(relationships.value())) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            sharedStringsPart = relationship.part;
        else if (relationship.type.endsWith(u"/styles"))
            stylesPart = relationship.part;
    }
    // Some writers leave these relationships out but not the parts.
    const QString directory = partDirectory(workbookPart);
    if (sharedStringsPart.isEmpty())
        sharedStringsPart = resolveTarget(directory, QStringLiteral("sharedStrings.xml"));
    if (stylesPart.isEmpty())
        stylesPart = resolveTarget(directory, QStringLiteral("styles.xml"));
    if (state->hasPart(sharedStringsPart)) {
        if (Result<void> read = state->readSharedStrings(sharedStringsPart); !read)
            return read;
    }
    if (state->hasPart(stylesPart)) {
        if (Result<void> read = state->readStyles(stylesPart); !read)
            return read;
    }
    m_d = std::move(state);
    return {};
}

void XlsxReader::close()
{
    m_d.reset();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    if (m_d) {
        for (const SheetEntry& sheet : std::as_const(m_d->m_sheets))
            names.append(sheet.name);
    }
    return names;
}

Result<void> XlsxReader::readSheet(int index, const Visitor& visit)
{
    if (!m_d)
        return Error {QStringLiteral("xlsx_not_open"), tr("No workbook is open."), {}};
    if (index < 0 || index >= m_d->m_sheets.size())
        return Error {QStringLiteral("xlsx_no_such_sheet"),
                      tr("%1 has no sheet number %2: it has %Ln sheet(s).", nullptr,
                         int(m_d->m_sheets.size()))
                          .arg(m_d->m_nativePath)
                          .arg(index + 1),
                      {}};
    const SheetEntry& sheet = m_d->m_sheets.at(index);
    if (sheet.part.isEmpty() || !m_d->hasPart(sheet.part))
        return m_d->notWorkbook(tr("its sheet “%1” is missing").arg(sheet.name));
    Result<std::unique_ptr<QuaZipFile>> file = m_d->openPart(sheet.part);
    if (!file)
        return file.error();

    m_d->m_sheetFile = file.value().get();
    m_d->m_sheetBytesRead = 0;
    m_d->m_sheetBytesTotal = file.value()->usize();
    QXmlStreamReader xml(file.value().get());
    Result<void> streamed = m_d->streamRows(xml, sheet.name, visit);
    m_d->m_sheetBytesRead = file.value()->pos();
    m_d->m_sheetFile = nullptr;
    return streamed;
}

qint64 XlsxReader::sheetBytesRead() const
{
    if (!m_d)
        return 0;
    return m_d->m_sheetFile ? m_d->m_sheetFile->pos() : m_d->m_sheetBytesRead;
}

qint64 XlsxReader::sheetBytesTotal() const
{
    return m_d ? m_d->m_sheetBytesTotal : 0;
}

} // namespace tuma

// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWriter.h"

#include <QDir>
#include <QSaveFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace tuma {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
// Without zip64 an entry stops at 4 GiB; stop well before rather than write a broken file.
constexpr qint64 kMaxSheetBytes = 4'000'000'000;

constexpr char kXmlDeclaration[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationshipsNamespace[]
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

constexpr char kContentTypes[]
    = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      "</Types>";

constexpr char kPackageRelationships[]
    = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/>"
      "</Relationships>";

constexpr char kWorkbookRelationships[]
    = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/>"
      "</Relationships>";

// Cell formats: 0 the default, 1 text ("@", so a number typed over a phone stays text),
// 2 bold text for the header.
constexpr char kStyles[]
    = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<fonts count=\"2\">"
      "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      "</fonts>"
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      "</cellStyleXfs>"
      "<cellXfs count=\"3\">"
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      "applyNumberFormat=\"1\" applyFont=\"1\"/>"
      "</cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
      "</cellStyles>"
      "</styleSheet>";

QByteArray columnName(int index)
{
    QByteArray name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(char('A' + (n - 1) % 26));
    return name;
}

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void appendEscape(QByteArray& out, char16_t c)
{
    out += "_x";
    out += QByteArray::number(c, 16).toUpper().rightJustified(4, '0');
    out += '_';
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Text content of a <t xml:space="preserve">: markup escaped; characters XML 1.0 forbids
// (controls other than tab and line feed, U+FFFE, U+FFFF, unpaired surrogates) and carriage
// returns (which XML parsers turn into line feeds) as _xHHHH_; an "_x" that would read as
// such an escape gets its underscore escaped, as Excel does.
void appendCellText(QByteArray& out, QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'&':
            out += "&amp;";
            continue;
        case u'<':
            out += "&lt;";
            continue;
        case u'>':
            out += "&gt;";
            continue;
        case u'\t':
        case u'\n':
            out += char(c);
            continue;
        case u'_':
            if (i + 6 < size && text[i + 1] == u'x' && text[i + 6] == u'_'
                && isHexDigit(text[i + 2].unicode()) && isHexDigit(text[i + 3].unicode())
                && isHexDigit(text[i + 4].unicode()) && isHexDigit(text[i + 5].unicode()))
                out += "_x005F_";
            else
                out += '_';
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            appendEscape(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < size
                   && QChar::isLowSurrogate(text[i + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendEscape(out, c);
        } else {
            appendUtf8(out, c);
        }
    }
}

QByteArray attributeText(const QString& text)
{
    QByteArray out = text.toUtf8();
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    return out;
}

} // namespace

class XlsxWriter::Private final
{
public:
    Error writeFailed(const QString& detail) const;
    Result<void> addEntry(const QString& name, const QByteArray& content);
    Result<void> flush();
    void startSheet(const QStringList* header);

    QString m_nativePath;
    // Declared first so it outlives the zip that writes into it.
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_sheetBytes = 0;
    bool m_failed = false;
    bool m_closed = false;
};

Error XlsxWriter::Private::writeFailed(const QString& detail) const
{
    return Error {QStringLiteral("xlsx_write_failed"),
                  XlsxWriter::tr("Tuma could not write %1. Check that the disk is not full and "
                                 "that you are allowed to write there.")
                      .arg(m_nativePath),
                  detail};
}

Result<void> XlsxWriter::Private::addEntry(const QString& name, const QByteArray& content)
{
    QuaZipFile entry(m_zip.get());
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return writeFailed(QStringLiteral("zip error %1").arg(entry.getZipError()));
    const QByteArray bytes = kXmlDeclaration + content;
    const bool written = entry.write(bytes) == bytes.size();
    entry.close();
    if (!written || entry.getZipError() != ZIP_OK)
        return writeFailed(QStringLiteral("zip error %1").arg(entry.getZipError()));
    return {};
}

Result<void> XlsxWriter::Private::flush()
{
    if (m_buffer.isEmpty())
        return {};
    m_sheetBytes += m_buffer.size();
    if (m_sheetBytes > kMaxSheetBytes) {
        m_failed = true;
        return Error {QStringLiteral("xlsx_too_large"),
                      XlsxWriter::tr("The sheet has grown past 4 GB, more than an .xlsx file "
                                     "can hold here. Export fewer contacts, or export to CSV."),
                      {}};
    }
    if (m_sheet->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        return writeFailed(m_sheet->errorString());
    }
    m_buffer.clear();
    return {};
}

// Deferred to the first row so a bold first row can be frozen as the header and give the
// columns their widths.
void XlsxWriter::Private::startSheet(const QStringList* header)
{
    m_buffer += kXmlDeclaration;
    m_buffer += "<worksheet xmlns=\"";
    m_buffer += kMainNamespace;
    m_buffer += "\" xmlns:r=\"";
    m_buffer += kRelationshipsNamespace;
    m_buffer += "\">";
    if (header) {
        m_buffer += "<sheetViews><sheetView workbookViewId=\"0\">"
                    "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                    "state=\"frozen\"/>"
                    "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
                    "</sheetView></sheetViews>";
        if (!header->isEmpty()) {
            // Wide enough for an international phone number whatever the header says.
            m_buffer += "<cols>";
            for (qsizetype i = 0; i < header->size(); ++i) {
                const qsizetype width = std::clamp<qsizetype>(header->at(i).size() + 3, 16, 50);
                m_buffer += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\""
                    + QByteArray::number(i + 1) + "\" width=\"" + QByteArray::number(width)
                    + "\" customWidth=\"1\"/>";
            }
            m_buffer += "</cols>";
        }
    }
    m_buffer += "<sheetData>";
}

XlsxWriter::XlsxWriter() = default;
XlsxWriter::~XlsxWriter() = default;

QString XlsxWriter::sheetNameFor(const QString& name)
{
    static const QString forbidden = QStringLiteral(":\\/?*[]");
    QString sheetName;
    for (const QChar ch : name) {
        if (forbidden.contains(ch))
            sheetName += u'_';
        else if (ch.unicode() >= 0x20 && ch.unicode() != 0xFFFE && ch.unicode() != 0xFFFF)
            sheetName += ch;
    }
    const auto trimApostrophes = [&sheetName] {
        while (sheetName.startsWith(u'\''))
            sheetName.remove(0, 1);
        while (sheetName.endsWith(u'\''))
            sheetName.chop(1);
    };
    trimApostrophes();
    if (sheetName.size() > 31) {
        sheetName.truncate(31);
        if (sheetName.back().isHighSurrogate())
            sheetName.chop(1);
        trimApostrophes();
    }
    if (sheetName.trimmed().isEmpty())
        return QStringLiteral("Sheet1");
    // Excel keeps "History" for its change tracking and refuses a sheet of that name.
    if (sheetName.compare(u"History", Qt::CaseInsensitive) == 0)
        return QStringLiteral("History 1");
    return sheetName;
}

Result<void> XlsxWriter::open(const QString& path, const QString& sheetName)
{
    m_d.reset();
    auto state = std::make_unique<Private>();
    state->m_nativePath = QDir::toNativeSeparators(path);
    state->m_file.setFileName(path);
    if (!state->m_file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("xlsx_unwritable"),
                      tr("Tuma cannot write %1. Check that the folder exists and that you are "
                         "allowed to write in it.")
                          .arg(state->m_nativePath),
                      state->m_file.errorString()};
    state->m_zip = std::make_unique<QuaZip>(&state->m_file);
    // The zip must not close the QSaveFile: only commit() may end it.
    state->m_zip->setAutoClose(false);
    // The file is seekable, so sizes go in the local headers: readers that stream a zip
    // from the front need no data descriptors.
    state->m_zip->setDataDescriptorWritingEnabled(false);
    if (!state->m_zip->open(QuaZip::mdCreate))
        return state->writeFailed(QStringLiteral("zip error %1").arg(state->m_zip->getZipError()));

    const QByteArray workbook = QByteArray("<workbook xmlns=\"") + kMainNamespace + "\" xmlns:r=\""
        + kRelationshipsNamespace
        + "\"><bookViews><workbookView/></bookViews><sheets><sheet name=\""
        + attributeText(sheetNameFor(sheetName))
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const std::pair<QString, QByteArray> parts[] = {
        {QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
        {QStringLiteral("_rels/.rels"), QByteArray(kPackageRelationships)},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRelationships)},
        {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
    };
    for (const auto& [name, content] : parts) {
        if (Result<void> added = state->addEntry(name, content); !added)
            return added;
    }
    state->m_sheet = std::make_unique<QuaZipFile>(state->m_zip.get());
    if (!state->m_sheet->open(QIODevice::WriteOnly,
                              QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        return state->writeFailed(
            QStringLiteral("zip error %1").arg(state->m_sheet->getZipError()));
    m_d = std::move(state);
    return {};
}

Result<void> XlsxWriter::writeRow(const QStringList& cells, bool bold)
{
    if (!m_d || m_d->m_closed || m_d->m_failed)
        return Error {QStringLiteral("xlsx_not_open"), tr("No workbook is being written."), {}};
    if (m_d->m_rows >= kMaxRows)
        return Error {QStringLiteral("xlsx_too_many_rows"),
                      tr("An Excel sheet holds at most %L1 rows. Export fewer contacts at a "
                         "time, or export to CSV.")
                          .arg(kMaxRows),
                      {}};
    if (cells.size() > kMaxColumns)
        return Error {QStringLiteral("xlsx_too_many_columns"),
                      tr("An Excel sheet holds at most %L1 columns; this row has %L2.")
                          .arg(kMaxColumns)
                          .arg(cells.size()),
                      {}};
    const qint64 rowNumber = m_d->m_rows + 1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).size() > kMaxCellLength)
            return Error {
                QStringLiteral("xlsx_cell_too_long"),
                tr("Cell %1 holds %L2 characters; an Excel cell holds at most %L3.")
                    .arg(QString::fromLatin1(columnName(int(i))) + QString::number(rowNumber))
                    .arg(cells.at(i).size())
                    .arg(kMaxCellLength),
                {}};
    }

    if (m_d->m_rows == 0)
        m_d->startSheet(bold ? &cells : nullptr);
    ++m_d->m_rows;
    const QByteArray row = QByteArray::number(rowNumber);
    QByteArray& out = m_d->m_buffer;
    out += "<row r=\"" + row + "\">";
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells.at(i).isEmpty())
            continue;
        out += "<c r=\"" + columnName(int(i)) + row;
        out += bold ? "\" s=\"2\"" : "\" s=\"1\"";
        out += " t=\"inlineStr\"><is><t xml:space=\"preserve\">";
        appendCellText(out, cells.at(i));
        out += "</t></is></c>";
    }
    out += "</row>";
    if (out.size() >= kFlushBytes)
        return m_d->flush();
    return {};
}

Result<void> XlsxWriter::close()
{
    if (!m_d || m_d->m_closed || m_d->m_failed)
        return Error {QStringLiteral("xlsx_not_open"), tr("No workbook is being written."), {}};
    if (m_d->m_rows == 0)
        m_d->startSheet(nullptr);
    m_d->m_buffer += "</sheetData></worksheet>";
    if (Result<void> flushed = m_d->flush(); !flushed)
        return flushed;
    m_d->m_failed = true; // until the file is in place
    m_d->m_sheet->close();
    if (m_d->m_sheet->getZipError() != ZIP_OK)
        return m_d->writeFailed(QStringLiteral("zip error %1").arg(m_d->m_sheet->getZipError()));
    m_d->m_zip->close();
    if (m_d->m_zip->getZipError() != ZIP_OK)
        return m_d->writeFailed(QStringLiteral("zip error %1").arg(m_d->m_zip->getZipError()));
    if (!m_d->m_file.commit())
        return m_d->writeFailed(m_d->m_file.errorString());
    m_d->m_failed = false;
    m_d->m_closed = true;
    return {};
}

qint64 XlsxWriter::rowsWritten() const
{
    return m_d ? m_d->m_rows : 0;
}

} // namespace tuma

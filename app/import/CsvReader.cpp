// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QLocale>

#include <algorithm>

namespace tuma {

namespace {

constexpr qint64 kBlockSize = 1 << 20;
constexpr qint64 kSampleSize = 64 * 1024;
constexpr int kSampleLines = 50;

// Line breaks in `bytes` as the parser counts them: CRLF, LF and a lone CR are one each.
qint64 countLineBreaks(QByteArrayView bytes)
{
    qint64 breaks = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n')
            ++breaks;
        else if (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            ++breaks;
    }
    return breaks;
}

// The RFC 4180 state machine. Text arrives in blocks of any size; a row is handed on as soon
// as its line break is seen, so only one row is ever held.
class CsvParser final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvParser(QChar delimiter, const std::function<bool(const SheetRow&)>& visit)
        : m_delimiter(delimiter)
        , m_visit(visit)
    {
        m_row.rowNumber = 1;
    }

    // Consumes `text`; false when the visitor asked to stop or an error was found.
    bool feed(QStringView text)
    {
        const QChar* data = text.data();
        const qsizetype size = text.size();
        qsizetype segmentStart = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = data[i];
            if (m_afterCarriageReturn) {
                m_afterCarriageReturn = false;
                if (c == u'\n') {
                    segmentStart = i + 1;
                    continue;
                }
            }
            if (c.unicode() == 0)
                return fail(Error {QStringLiteral("binary_file"),
                                   tr("Line %1, column %2 contains a NUL character: this is not a "
                                      "text export. Save the sheet as CSV or .xlsx and try again.")
                                       .arg(m_line)
                                       .arg(m_row.cells.size() + 1),
                                   {}});
            switch (m_state) {
            case State::CellStart:
                if (c == u'"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    m_quotedCarriageReturn = false;
                    segmentStart = i + 1;
                    m_rowHasContent = true;
                    break;
                }
                m_state = State::Unquoted;
                segmentStart = i;
                [[fallthrough]];
            case State::Unquoted:
                if (c == m_delimiter) {
                    m_cell.append(QStringView(data + segmentStart, i - segmentStart));
                    m_rowHasContent = true;
                    if (!endCell())
                        return false;
                } else if (c == u'\n' || c == u'\r') {
                    m_cell.append(QStringView(data + segmentStart, i - segmentStart));
                    m_afterCarriageReturn = c == u'\r';
                    if (!endRow())
                        return false;
                } else {
                    m_rowHasContent = true;
                    if (m_cell.size() + (i - segmentStart) > CsvReader::kMaxCellLength)
                        return cellTooLong();
                }
                break;
            case State::Quoted:
                if (c == u'"') {
                    m_cell.append(QStringView(data + segmentStart, i - segmentStart));
                    m_state = State::QuoteInQuoted;
                } else {
                    // CRLF is one line break, also when a block ends between CR and LF.
                    if (c == u'\r' || (c == u'\n' && !m_quotedCarriageReturn))
                        ++m_line;
                    m_quotedCarriageReturn = c == u'\r';
                    if (m_cell.size() + (i - segmentStart) > CsvReader::kMaxCellLength)
                        return cellTooLong();
                }
                break;
            case State::QuoteInQuoted:
                if (c == u'"') {
                    // A doubled quote is one quote; the quoted cell goes on after it.
                    m_cell.append(u'"');
                    m_state = State::Quoted;
                    segmentStart = i + 1;
                } else if (c == m_delimiter) {
                    if (!endCell())
                        return false;
                } else if (c == u'\n' || c == u'\r') {
                    m_afterCarriageReturn = c == u'\r';
                    if (!endRow())
                        return false;
                } else {
                    // Text after a closing quote ("12"34): kept, as spreadsheet programs do.
                    m_state = State::Unquoted;
                    segmentStart = i;
                }
                break;
            }
        }
        // Keep the unfinished part of the cell for the next block.
        if (m_state == State::Unquoted || m_state == State::Quoted)
            m_cell.append(QStringView(data + segmentStart, size - segmentStart));
        return true;
    }

    // The end of the file: the last row may have no line break.
    bool finish()
    {
        if (m_state == State::Quoted)
            return fail(Error {QStringLiteral("unterminated_quote"),
                               tr("Line %1, column %2: a quoted cell starts here but its closing "
                                  "quote is missing. Check that line in a text editor.")
                                   .arg(m_quoteLine)
                                   .arg(m_row.cells.size() + 1),
                               {}});
        if (m_rowHasContent || !m_cell.isEmpty() || !m_row.cells.isEmpty())
            return endRow();
        return true;
    }

    qint64 line() const { return m_line; }
    const std::optional<Error>& error() const { return m_error; }
    bool stopped() const { return m_stopped; }

private:
    enum class State { CellStart, Unquoted, Quoted, QuoteInQuoted };

    bool endCell()
    {
        if (m_row.cells.size() >= CsvReader::kMaxColumns)
            return fail(Error {QStringLiteral("too_many_columns"),
                               tr("Line %1 has more than %2 columns, more than any spreadsheet "
                                  "allows. Check the delimiter, or that the file is a "
                                  "spreadsheet export.")
                                   .arg(m_row.rowNumber)
                                   .arg(QLocale().toString(CsvReader::kMaxColumns)),
                               {}});
        unwrapTextFormula(m_cell);
        m_row.cells.append(m_cell);
        m_cell.clear();
        m_state = State::CellStart;
        return true;
    }

    // Excel's ="0712345678", a formula that keeps a number's leading zero (a common export
    // habit), is the text inside; the literal's own quotes are doubled. Anything else that
    // starts with = stays as written.
    static void unwrapTextFormula(QString& cell)
    {
        if (cell.size() < 3 || cell.at(0) != u'=' || cell.at(1) != u'"' || !cell.endsWith(u'"'))
            return;
        QString inner;
        inner.reserve(cell.size() - 3);
        for (qsizetype i = 2; i < cell.size() - 1; ++i) {
            if (cell.at(i) == u'"') {
                if (i + 1 >= cell.size() - 1 || cell.at(i + 1) != u'"')
                    return; // a lone quote: more than one literal ("a" & "b")
                ++i;
            }
            inner.append(cell.at(i));
        }
        cell = inner;
    }

    bool endRow()
    {
        if (!endCell())
            return false;
        const bool blank = std::all_of(m_row.cells.cbegin(), m_row.cells.cend(),
                                       [](const QString& cell) { return cell.isEmpty(); });
        if (!blank && !m_visit(m_row)) {
            m_stopped = true;
            return false;
        }
        ++m_line;
        m_row.cells.clear();
        m_row.rowNumber = m_line;
        m_rowHasContent = false;
        return true;
    }

    bool cellTooLong()
    {
        const bool quoted = m_state == State::Quoted;
        return fail(Error {QStringLiteral("cell_too_long"),
                           quoted ? tr("Line %1, column %2: a quoted cell runs on for more than "
                                       "%3 characters; its closing quote is probably missing.")
                                        .arg(m_quoteLine)
                                        .arg(m_row.cells.size() + 1)
                                        .arg(QLocale().toString(CsvReader::kMaxCellLength))
                                  : tr("Line %1, column %2: a cell is longer than %3 characters. "
                                       "The file is probably not a spreadsheet export.")
                                        .arg(m_row.rowNumber)
                                        .arg(m_row.cells.size() + 1)
                                        .arg(QLocale().toString(CsvReader::kMaxCellLength)),
                           {}});
    }

    bool fail(Error error)
    {
        m_error = std::move(error);
        return false;
    }

    QChar m_delimiter;
    const std::function<bool(const SheetRow&)>& m_visit;
    State m_state = State::CellStart;
    SheetRow m_row;
    QString m_cell;
    qint64 m_line = 1;
    qint64 m_quoteLine = 1;
    bool m_rowHasContent = false;
    bool m_afterCarriageReturn = false;
    bool m_quotedCarriageReturn = false;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

// Splits complete lines of a sample into their cell counts per candidate delimiter.
QList<int> cellCounts(QStringView sample, QChar delimiter)
{
    QList<int> counts;
    int cells = 1;
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kSampleLines; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++cells;
        } else if (c == u'\n' || c == u'\r') {
            if (lineHasText || cells > 1)
                counts.append(cells);
            cells = 1;
            lineHasText = false;
            continue;
        }
        lineHasText = true;
    }
    return counts;
}

} // namespace

QList<QChar> CsvReader::candidateDelimiters()
{
    return {u',', u'\t', u';', u'|'};
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    // A sample cut mid-line ends at its last line break; a short whole file is complete.
    qsizetype end = sample.size();
    const qsizetype lastBreak = std::max(sample.lastIndexOf(u'\n'), sample.lastIndexOf(u'\r'));
    if (lastBreak >= 0 && sample.size() >= kSampleSize / 2)
        end = lastBreak + 1;
    QString complete = sample.first(end).toString();
    if (!complete.endsWith(u'\n') && !complete.endsWith(u'\r'))
        complete.append(u'\n');

    QChar best = u',';
    double bestConsistency = 0;
    int bestCells = 1;
    for (const QChar delimiter : candidateDelimiters()) {
        const QList<int> counts = cellCounts(complete, delimiter);
        if (counts.isEmpty())
            continue;
        // The most common number of cells, and how many lines have exactly that many.
        QList<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = sorted.first();
        int modeRun = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (j - i > modeRun || (j - i == modeRun && sorted[i] > mode)) {
                modeRun = int(j - i);
                mode = sorted[i];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        const double consistency = double(modeRun) / double(counts.size());
        if (consistency > bestConsistency + 1e-9
            || (std::abs(consistency - bestConsistency) <= 1e-9 && mode > bestCells)) {
            best = delimiter;
            bestConsistency = consistency;
            bestCells = mode;
        }
    }
    return best;
}

Result<CsvDialect> CsvReader::detectDialect(QIODevice& device,
                                            std::optional<TextEncoding> forcedEncoding,
                                            std::optional<QChar> forcedDelimiter)
{
    const QByteArray sample = device.peek(kSampleSize);
    const bool wholeFile = device.size() <= sample.size();
    const DetectedEncoding detected = TextEncodings::detect(sample, wholeFile);

    CsvDialect dialect;
    dialect.encoding = detected.encoding;
    dialect.bomLength = detected.bomLength;
    if (forcedEncoding) {
        // A byte-order mark still says where the text starts and, for UTF-16, its byte order.
        dialect.encoding = *forcedEncoding;
        dialect.bomLength = 0;
        const bool utf16
            = *forcedEncoding == TextEncoding::Utf16Le || *forcedEncoding == TextEncoding::Utf16Be;
        if (utf16
            && (detected.encoding == TextEncoding::Utf16Le
                || detected.encoding == TextEncoding::Utf16Be)
            && detected.bomLength > 0) {
            dialect.encoding = detected.encoding;
            dialect.bomLength = detected.bomLength;
        } else if (*forcedEncoding == TextEncoding::Utf8
                   && detected.encoding == TextEncoding::Utf8Bom) {
            dialect.encoding = TextEncoding::Utf8Bom;
            dialect.bomLength = detected.bomLength;
        }
    }

    const bool utf16
        = dialect.encoding == TextEncoding::Utf16Le || dialect.encoding == TextEncoding::Utf16Be;
    if (!utf16) {
        if (const qsizetype nul = sample.indexOf('\0'); nul >= 0)
            return Error {QStringLiteral("binary_file"),
                          tr("Line %1 contains a NUL byte: this is not a text export. Save the "
                             "sheet as CSV or .xlsx and try again.")
                              .arg(countLineBreaks(QByteArrayView(sample).first(nul)) + 1),
                          {}};
    }

    if (forcedDelimiter) {
        dialect.delimiter = *forcedDelimiter;
    } else {
        QStringDecoder decoder = TextEncodings::decoder(dialect.encoding);
        const QString text = decoder.decode(QByteArrayView(sample).sliced(dialect.bomLength));
        dialect.delimiter = detectDelimiter(text);
    }
    return dialect;
}

Result<void> CsvReader::read(QIODevice& device, const CsvDialect& dialect,
                             const std::function<bool(const SheetRow&)>& visit,
                             const std::function<void(qint64 bytesRead)>& progress)
{
    if (dialect.bomLength > 0 && device.read(dialect.bomLength).size() != dialect.bomLength)
        return Result<void>();

    CsvParser parser(dialect.delimiter, visit);
    const bool utf8
        = dialect.encoding == TextEncoding::Utf8 || dialect.encoding == TextEncoding::Utf8Bom;
    // UTF-16 and Windows-1252 go through a stateful decoder; UTF-8 is checked here first so
    // a bad byte is reported with its line instead of silently becoming U+FFFD.
    QStringDecoder decoder = utf8                   ? QStringDecoder(QStringDecoder::Utf8)
        : dialect.encoding == TextEncoding::Utf16Le ? QStringDecoder(QStringDecoder::Utf16LE)
        : dialect.encoding == TextEncoding::Utf16Be ? QStringDecoder(QStringDecoder::Utf16BE)
                                                    : QStringDecoder("windows-1252");
    QByteArray carry;
    qint64 bytesRead = dialect.bomLength;
    const auto badBytes = [&](qint64 line) {
        return Error {QStringLiteral("bad_encoding"),
                      tr("Line %1 is not valid %2 text. Choose the file's encoding (for example "
                         "Windows-1252) and try again, or save it from Excel as \"CSV UTF-8\".")
                          .arg(line)
                          .arg(TextEncodings::name(dialect.encoding)),
                      {}};
    };

    while (true) {
        QByteArray block = device.read(kBlockSize);
        const bool atEnd = block.isEmpty();
        if (atEnd && !device.atEnd())
            return Error {QStringLiteral("read_failed"), tr("Could not read the file."),
                          device.errorString()};
        bytesRead += block.size();
        QString text;
        if (utf8) {
            QByteArray bytes = carry + block;
            carry.clear();
            const qsizetype invalid = TextEncodings::firstInvalidUtf8(bytes, !atEnd);
            if (invalid >= 0)
                return badBytes(parser.line()
                                + countLineBreaks(QByteArrayView(bytes).first(invalid)));
            // A sequence cut by the block boundary waits for the next block.
            qsizetype complete = bytes.size();
            for (int back = 1; back <= 3 && back <= bytes.size(); ++back) {
                const auto byte = static_cast<unsigned char>(bytes.at(bytes.size() - back));
                if ((byte & 0xC0) == 0xC0) {
                    const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
                    if (length > back)
                        complete = bytes.size() - back;
                    break;
                }
                if ((byte & 0x80) == 0)
                    break;
            }
            carry = bytes.sliced(complete);
            text = QString::fromUtf8(QByteArrayView(bytes).first(complete));
        } else {
            text = decoder.decode(block);
            if (atEnd)
                text += decoder.decode(QByteArrayView());
            if (decoder.hasError()) {
                const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
                return badBytes(parser.line() + (bad < 0 ? 0 : text.first(bad).count(u'\n')));
            }
        }
        if (!parser.feed(text)) {
            if (parser.error())
                return *parser.error();
            return Result<void>(); // the visitor stopped
        }
        if (progress)
            progress(bytesRead);
        if (atEnd)
            break;
    }
    if (!parser.finish()) {
        if (parser.error())
            return *parser.error();
    }
    return Result<void>();
}

} // namespace tuma

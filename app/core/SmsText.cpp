// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsText.h"

#include <QTextBoundaryFinder>

#include <array>

namespace tuma {

namespace {

// GSM 03.38 for the Latin-1 range: 1 = default alphabet, 2 = extension table, 0 = not GSM.
constexpr std::array<quint8, 256> makeLatin1Table()
{
    std::array<quint8, 256> table {};
    for (int c = 0x20; c <= 0x7E; ++c)
        table[c] = 1;
    for (char c : {'[', '\\', ']', '^', '{', '|', '}', '~'})
        table[static_cast<unsigned char>(c)] = 2;
    table['`'] = 0;
    table['\n'] = 1;
    table['\r'] = 1;
    table['\f'] = 2;
    // £ ¤ ¥ § ¡ ¿ Ä Å Æ Ç É Ñ Ö Ø Ü ß à ä å æ è é ì ñ ò ö ø ù ü
    for (int c :
         {0xA3, 0xA4, 0xA5, 0xA7, 0xA1, 0xBF, 0xC4, 0xC5, 0xC6, 0xC7, 0xC9, 0xD1, 0xD6, 0xD8, 0xDC,
          0xDF, 0xE0, 0xE4, 0xE5, 0xE6, 0xE8, 0xE9, 0xEC, 0xF1, 0xF2, 0xF6, 0xF8, 0xF9, 0xFC})
        table[c] = 1;
    return table;
}

constexpr std::array<quint8, 256> kLatin1Septets = makeLatin1Table();

// Whether text[i] and text[i + 1] (before `end`) form one code point.
bool surrogatePairAt(QStringView text, qsizetype i, qsizetype end)
{
    return i + 1 < end && text[i].isHighSurrogate() && text[i + 1].isLowSurrogate();
}

// The GSM text that replaces a character outside the alphabet, where one reads the same.
QString gsmReplacement(char32_t c)
{
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
        return QStringLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return QStringLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QStringLiteral("-");
    case 0x2026:
        return QStringLiteral("...");
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2007:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x0009:
        return QStringLiteral(" ");
    case 0x2022:
    case 0x00B7:
        return QStringLiteral("-");
    case 0x00E7:
        return QStringLiteral("Ç");
    case 0x00E1:
    case 0x00E2:
    case 0x00E3:
    case 0x0101:
        return QStringLiteral("a");
    case 0x00C1:
    case 0x00C2:
    case 0x00C3:
    case 0x00C0:
    case 0x0100:
        return QStringLiteral("A");
    case 0x00EA:
    case 0x00EB:
    case 0x0113:
        return QStringLiteral("e");
    case 0x00C8:
    case 0x00CA:
    case 0x00CB:
    case 0x0112:
        return QStringLiteral("E");
    case 0x00ED:
    case 0x00EE:
    case 0x00EF:
    case 0x012B:
        return QStringLiteral("i");
    case 0x00CC:
    case 0x00CD:
    case 0x00CE:
    case 0x00CF:
    case 0x012A:
        return QStringLiteral("I");
    case 0x00F3:
    case 0x00F4:
    case 0x00F5:
    case 0x014D:
        return QStringLiteral("o");
    case 0x00D2:
    case 0x00D3:
    case 0x00D4:
    case 0x00D5:
    case 0x014C:
        return QStringLiteral("O");
    case 0x00FA:
    case 0x00FB:
    case 0x016B:
        return QStringLiteral("u");
    case 0x00D9:
    case 0x00DA:
    case 0x00DB:
    case 0x016A:
        return QStringLiteral("U");
    case 0x00FD:
    case 0x00FF:
        return QStringLiteral("y");
    case 0x00DD:
        return QStringLiteral("Y");
    default:
        return {};
    }
}

// Zero-width characters that add nothing a reader sees: replaced by nothing.
bool isInvisible(char32_t c)
{
    return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// Fills parts greedily with indivisible pieces of `cost` units; `onPart` hears each
// finished part's size.
class PartFiller
{
public:
    explicit PartFiller(int capacity)
        : m_capacity(capacity)
    { }

    template<typename Sink> void add(int cost, Sink& onPart)
    {
        if (m_used + cost > m_capacity && m_used > 0) {
            onPart(m_used);
            ++m_parts;
            m_used = 0;
        }
        m_used += cost;
    }

    template<typename Sink> SmsCount finish(SmsEncoding encoding, int units, Sink& onPart)
    {
        onPart(m_used);
        return {encoding, units, m_parts, m_capacity - m_used};
    }

private:
    int m_capacity;
    int m_used = 0;
    int m_parts = 1;
};

template<typename Sink> SmsCount splitGsm(QStringView text, int septets, Sink& onPart)
{
    if (septets <= SmsText::kSinglePartSeptets) {
        onPart(septets);
        return {SmsEncoding::Gsm7, septets, 1, SmsText::kSinglePartSeptets - septets};
    }
    PartFiller filler(SmsText::kMultiPartSeptets);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        int cost = SmsText::gsmSeptets(text[i].unicode());
        // CR LF is one user-perceived character: it stays in one part.
        if (text[i] == u'\r' && i + 1 < size && text[i + 1] == u'\n') {
            cost += 1;
            ++i;
        }
        filler.add(cost, onPart);
    }
    return filler.finish(SmsEncoding::Gsm7, septets, onPart);
}

template<typename Sink> SmsCount splitUcs2(QStringView text, Sink& onPart)
{
    const int units = int(text.size());
    if (units <= SmsText::kSinglePartUnits) {
        onPart(units);
        return {SmsEncoding::Ucs2, units, 1, SmsText::kSinglePartUnits - units};
    }
    PartFiller filler(SmsText::kMultiPartUnits);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end > 0; end = graphemes.toNextBoundary()) {
        const int cost = int(end - start);
        if (cost <= SmsText::kMultiPartUnits) {
            filler.add(cost, onPart);
        } else {
            // A cluster longer than a part (dozens of combining marks) cannot move whole:
            // split it between code points, never inside a surrogate pair.
            for (qsizetype i = start; i < end; ++i) {
                const bool pair = surrogatePairAt(text, i, end);
                filler.add(pair ? 2 : 1, onPart);
                i += pair ? 1 : 0;
            }
        }
        start = end;
    }
    return filler.finish(SmsEncoding::Ucs2, units, onPart);
}

// Septets of `text` in GSM-7, or -1 when it needs UCS-2.
int gsmLength(QStringView text)
{
    int septets = 0;
    for (const QChar c : text) {
        const int cost = SmsText::gsmSeptets(c.unicode());
        if (cost == 0)
            return -1;
        septets += cost;
    }
    return septets;
}

template<typename Sink> SmsCount split(QStringView text, Sink& onPart)
{
    const int septets = gsmLength(text);
    return septets >= 0 ? splitGsm(text, septets, onPart) : splitUcs2(text, onPart);
}

} // namespace

int SmsText::gsmSeptets(char16_t c)
{
    if (c < 0x100)
        return kLatin1Septets[c];
    switch (c) {
    case 0x0394:
    case 0x03A6:
    case 0x0393:
    case 0x039B:
    case 0x03A9: // Δ Φ Γ Λ Ω
    case 0x03A0:
    case 0x03A8:
    case 0x03A3:
    case 0x0398:
    case 0x039E: // Π Ψ Σ Θ Ξ
        return 1;
    case 0x20AC: // €
        return 2;
    default:
        return 0;
    }
}

QString SmsText::encodingName(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

SmsCount SmsText::count(QStringView text)
{
    auto ignore = [](int) {};
    return split(text, ignore);
}

SmsAnalysis SmsText::analyze(QStringView text)
{
    SmsAnalysis analysis;
    auto record = [&analysis](int units) { analysis.unitsPerSegment.append(units); };
    analysis.count = split(text, record);
    if (analysis.count.encoding == SmsEncoding::Ucs2) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (gsmSeptets(c) > 0)
                continue;
            const bool pair = surrogatePairAt(text, i, text.size());
            const QString character = text.mid(i, pair ? 2 : 1).toString();
            const char32_t codePoint = pair ? QChar::surrogateToUcs4(c, text[i + 1].unicode()) : c;
            const QString replacement = gsmReplacement(codePoint);
            analysis.culprits.append(
                {int(i), character, isInvisible(codePoint) || !replacement.isEmpty(), replacement});
            i += pair ? 1 : 0;
        }
    }
    return analysis;
}

SmsReplacement SmsText::replaceWithGsm(QStringView text)
{
    SmsReplacement result;
    result.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (gsmSeptets(c) > 0) {
            result.text.append(QChar(c));
            continue;
        }
        const bool pair = surrogatePairAt(text, i, text.size());
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(c, text[i + 1].unicode()) : c;
        const QString replacement = gsmReplacement(codePoint);
        if (isInvisible(codePoint)) {
            ++result.replaced;
        } else if (!replacement.isEmpty()) {
            result.text.append(replacement);
            ++result.replaced;
        } else {
            result.text.append(text.mid(i, pair ? 2 : 1));
            ++result.remaining;
        }
        i += pair ? 1 : 0;
    }
    return result;
}

} // namespace tuma

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEncoding.h"

#include <cstring>
#include <memory>
#include <uchardet/uchardet.h>

namespace tuma {

namespace {

constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";
constexpr char kUtf16LeBom[] = "\xFF\xFE";
constexpr char kUtf16BeBom[] = "\xFE\xFF";

// Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

} // namespace

qsizetype TextEncodings::firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs are the common case: skip them eight bytes at a time.
        while (i + 8 <= size) {
            quint64 block;
            std::memcpy(&block, data + i, sizeof block);
            if (block & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        const int length = sequenceLength(lead);
        if (length == 0)
            return i;
        if (length == 1) {
            ++i;
            continue;
        }
        if (i + length > size) {
            for (qsizetype j = i + 1; j < size; ++j) {
                if ((data[j] & 0xC0) != 0x80)
                    return i;
            }
            return allowTruncatedEnd ? -1 : i;
        }
        for (int j = 1; j < length; ++j) {
            if ((data[i + j] & 0xC0) != 0x80)
                return i;
        }
        // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
        const unsigned char second = data[i + 1];
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
            || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return i;
        i += length;
    }
    return -1;
}

bool TextEncodings::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    return firstInvalidUtf8(bytes, allowTruncatedEnd) < 0;
}

DetectedEncoding TextEncodings::detect(QByteArrayView sample, bool sampleIsWholeFile)
{
    if (sample.startsWith(QByteArrayView(kUtf8Bom, 3)))
        return {TextEncoding::Utf8Bom, 3};
    if (sample.startsWith(QByteArrayView(kUtf16LeBom, 2)))
        return {TextEncoding::Utf16Le, 2};
    if (sample.startsWith(QByteArrayView(kUtf16BeBom, 2)))
        return {TextEncoding::Utf16Be, 2};
    if (isValidUtf8(sample, !sampleIsWholeFile))
        return {TextEncoding::Utf8, 0};

    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                         uchardet_delete);
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        const QByteArrayView charset(uchardet_get_charset(detector.get()));
        if (charset.compare("UTF-16LE", Qt::CaseInsensitive) == 0)
            return {TextEncoding::Utf16Le, 0};
        if (charset.compare("UTF-16BE", Qt::CaseInsensitive) == 0)
            return {TextEncoding::Utf16Be, 0};
    }
    return {TextEncoding::Windows1252, 0};
}

QString TextEncodings::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Utf8:
        break;
    }
    return QStringLiteral("utf-8");
}

std::optional<TextEncoding> TextEncodings::fromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("utf-8") || lower == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (lower == QLatin1String("utf-16le"))
        return TextEncoding::Utf16Le;
    if (lower == QLatin1String("utf-16be"))
        return TextEncoding::Utf16Be;
    if (lower == QLatin1String("utf-16"))
        return TextEncoding::Utf16Le; // the BOM, when there is one, decides the byte order
    if (lower == QLatin1String("windows-1252") || lower == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QStringDecoder TextEncodings::decoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252");
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        break;
    }
    return QStringDecoder(QStringDecoder::Utf8);
}

} // namespace tuma

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace tuma {

// The encodings spreadsheet exports come in: UTF-8 with or without BOM, UTF-16 (Excel's
// "Unicode Text") and Windows-1252 (Excel's "CSV" on Western Windows). Names are those of the
// CLI contract ("utf-8-bom", "utf-16le", …).
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

struct DetectedEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes to skip before the text
};

class TextEncodings final
{
public:
    // From the first bytes of a file: a BOM decides; else valid UTF-8 is UTF-8 (a multi-byte
    // sequence cut by the end of a sample is no fault unless the sample is the whole file);
    // else uchardet may recognise UTF-16 without a BOM; everything else is Windows-1252. BOM
    // and UTF-8 validity come before uchardet, which mislabels short Windows-1252 text.
    static DetectedEncoding detect(QByteArrayView sample, bool sampleIsWholeFile);

    static QString name(TextEncoding encoding);
    // --encoding values: utf-8, utf-16 (the BOM says which), utf-16le, utf-16be,
    // windows-1252. Empty for an unknown name.
    static std::optional<TextEncoding> fromName(const QString& name);

    static QStringDecoder decoder(TextEncoding encoding);
    // UTF-8 validity of `bytes`; `allowTruncatedEnd` forgives a sequence cut at the end.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd);
    // Offset of the first byte that does not start a valid UTF-8 sequence, -1 if none.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool allowTruncatedEnd);
};

} // namespace tuma

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace tuma {

enum class SmsEncoding { Gsm7, Ucs2 };

// How the network counts one message (3GPP TS 23.038 and 23.040): GSM-7 when every character
// is in the GSM default alphabet or its extension table (extension characters cost two
// septets, escape included), otherwise UCS-2 counted in UTF-16 code units. One part holds
// 160 septets / 70 units; a longer message is split into parts of 153 / 67 (the user data
// header takes the rest). A part never ends inside an escape sequence, a surrogate pair or a
// user-perceived character (grapheme cluster): such a character moves whole to the next
// part. An empty text is one empty part, as the widely used segment calculators count it.
struct SmsCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0; // septets for GSM-7, UTF-16 code units for UCS-2; no header counted
    int segments = 1; // parts the network delivers
    int unitsLeft = 0; // room left in the last part

    friend bool operator==(const SmsCount&, const SmsCount&) = default;
};

// A character that forces UCS-2, where it stands, and the GSM text that can replace it. An
// emoji has no replacement; an invisible character (zero-width space, soft hyphen) is
// replaced by nothing.
struct SmsCulprit
{
    int position = 0; // UTF-16 index in the text
    QString character;
    bool hasReplacement = false;
    QString replacement;
};

struct SmsAnalysis
{
    SmsCount count;
    QList<int> unitsPerSegment;
    QList<SmsCulprit> culprits;
};

struct SmsReplacement
{
    QString text;
    int replaced = 0; // characters replaced by GSM equivalents
    int remaining = 0; // characters that still force UCS-2 (no GSM equivalent)
};

class SmsText final
{
public:
    static constexpr int kSinglePartSeptets = 160;
    static constexpr int kMultiPartSeptets = 153;
    static constexpr int kSinglePartUnits = 70;
    static constexpr int kMultiPartUnits = 67;

    // The hot path: no allocation for GSM-7 text or single-part UCS-2 text.
    static SmsCount count(QStringView text);
    // Everything the composer shows: parts, their sizes, what forced UCS-2.
    static SmsAnalysis analyze(QStringView text);
    // Replaces every character that has a GSM equivalent (curly quotes, dashes, ellipsis,
    // non-breaking space, accented letters outside GSM…); the rest is left as it is.
    static SmsReplacement replaceWithGsm(QStringView text);

    // Septets `c` takes in GSM-7: 1, 2 for the extension table, 0 when it is not GSM.
    static int gsmSeptets(char16_t c);
    static QString encodingName(SmsEncoding encoding);
};

} // namespace tuma

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNormalizer.h"

#include "PhoneNumber.h"

#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <optional>
#include <phonenumbers/phonemetadata.pb.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace i18n::phonenumbers {
// libphonenumber's compiled-in metadata, a serialized PhoneMetadataCollection. Declared in its
// internal metadata.h, which Debian does not install; libphonenumber8 exports both.
int metadata_size();
const void* metadata_get();
} // namespace i18n::phonenumbers

namespace tuma {

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// PhoneNumberUtil's kMinLengthForNsn, kMaxLengthForNsn and kMaxLengthCountryCode.
constexpr std::size_t kMinNsnLength = 2;
constexpr std::size_t kMaxNsnLength = 17;
constexpr std::size_t kMaxCallingCodeLength = 3;
constexpr int kCallingCodeCount = 1000;
// More digits than any number has: the slow path says what is wrong with it.
constexpr std::size_t kMaxDigits = kMaxCallingCodeLength + kMaxNsnLength;

// PhoneNumberUtil::ValidationResult as its TestNumberLength returns it.
enum class Length { Possible, PossibleLocalOnly, TooShort, TooLong, Invalid };

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

template<typename Lengths> bool containsLength(const Lengths& lengths, std::size_t length)
{
    return std::find(lengths.begin(), lengths.end(), int(length)) != lengths.end();
}

// One match data per thread: PCRE2's compiled patterns are shared, match data is not.
// QRegularExpression would do the same, but it allocates and locks on every match, which
// costs several times the match itself.
pcre2_match_data* threadMatchData()
{
    thread_local const std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> data(
        pcre2_match_data_create(1, nullptr), &pcre2_match_data_free);
    return data.get();
}

// A PCRE2 pattern anchored at the start of the subject, compiled with the JIT. ICU (which
// libphonenumber uses) and PCRE2 agree on these patterns: they are plain regular expressions
// over ASCII digits, and what counts is whether a match exists.
class Pattern final
{
public:
    Pattern() = default;
    explicit Pattern(const std::string& pattern)
        : m_code(compile(pattern))
    { }
    Pattern(Pattern&& other) noexcept
        : m_code(std::exchange(other.m_code, nullptr))
    { }
    Pattern& operator=(Pattern&& other) noexcept
    {
        std::swap(m_code, other.m_code);
        return *this;
    }
    ~Pattern() { pcre2_code_free(m_code); }

    bool isValid() const { return m_code != nullptr; }

    // Whether the pattern matches at the start of `subject`; nothing when PCRE2 gave up (a
    // resource limit), so that the caller leaves the answer to libphonenumber.
    std::optional<bool> matches(std::string_view subject) const
    {
        pcre2_match_data* data = threadMatchData();
        if (!m_code || !data)
            return std::nullopt;
        const int result = pcre2_match(m_code, reinterpret_cast<PCRE2_SPTR>(subject.data()),
                                       subject.size(), 0, 0, data, nullptr);
        if (result == PCRE2_ERROR_NOMATCH)
            return false;
        if (result < 0)
            return std::nullopt;
        return true;
    }

private:
    static pcre2_code* compile(const std::string& pattern)
    {
        int error = 0;
        PCRE2_SIZE errorOffset = 0;
        pcre2_code* code
            = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                            PCRE2_ANCHORED, &error, &errorOffset, nullptr);
        // Without the JIT (unsupported CPU) pcre2_match interprets: slower, same answers.
        if (code)
            pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
        return code;
    }

    pcre2_code* m_code = nullptr;
};

// A number type's pattern as IsNumberMatchingDesc uses it for numbers of `length` digits:
// empty when no such number can match (length not listed, or no pattern at all).
std::string descPattern(const PhoneNumberDesc& desc, std::size_t length)
{
    if (desc.national_number_pattern().empty()
        || (desc.possible_length_size() > 0 && !containsLength(desc.possible_length(), length)))
        return {};
    return "(?:" + desc.national_number_pattern() + ')';
}

std::string joined(const std::vector<std::string>& patterns)
{
    std::string alternatives;
    for (const std::string& pattern : patterns)
        alternatives += (alternatives.empty() ? "" : "|") + pattern;
    return alternatives;
}

// The digits an IDD pattern cannot match without: its leading literal digits, as long as it
// has no alternatives. Spares the regular expression for most national numbers.
std::string iddLeadingDigits(const std::string& pattern)
{
    if (pattern.find('|') != std::string::npos)
        return {};
    std::string digits;
    for (std::size_t i = 0; i < pattern.size() && isAsciiDigit(pattern[i]); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (next == '?' || next == '*' || next == '+' || next == '{')
            break;
        digits += pattern[i];
    }
    return digits;
}

} // namespace

// What libphonenumber knows of one country calling code, compiled for the fast path. Usable
// only when the code belongs to one region whose national prefix is a plain literal (or
// absent) without a transform rule: then parsing and validation depend on nothing else.
// Every answer that involves a pattern is optional: nothing means "ask libphonenumber".
class CallingCodeRules final
{
public:
    CallingCodeRules(int callingCode, const PhoneMetadata* onlyRegion);

    bool isUsable() const { return m_usable; }
    std::string_view callingCode() const { return m_callingCode; }
    std::string_view nationalPrefix() const { return m_nationalPrefix; }

    // Whether the region's international prefix may start `digits`, which would make
    // libphonenumber read them as international.
    bool mayStartWithIdd(std::string_view digits) const;
    // TestNumberLength against the general description.
    Length testLength(std::size_t length) const;
    // IsMatch against the general description: the pattern alone, no lengths.
    std::optional<bool> matchesGeneral(std::string_view number) const;
    // GetNumberTypeHelper is MOBILE or FIXED_LINE_OR_MOBILE.
    std::optional<bool> isMobile(std::string_view nationalNumber) const;
    // GetNumberTypeHelper is not UNKNOWN.
    std::optional<bool> isValid(std::string_view nationalNumber) const;

    QString e164(std::string_view nationalNumber) const;

private:
    using ByLength = std::array<Pattern, kMaxNsnLength + 1>;

    static std::optional<bool> matchesByLength(const ByLength& patterns,
                                               std::string_view nationalNumber);

    bool m_usable = false;
    std::string m_callingCode;
    std::string m_nationalPrefix;
    std::vector<int> m_possibleLengths;
    std::vector<int> m_localOnlyLengths;
    std::string m_iddLeadingDigits;
    bool m_iddIsLiteral = false;
    Pattern m_idd;
    Pattern m_general;
    // Per national number length: one pattern each for "mobile" and "valid", so a number
    // costs one match instead of one per number type. No pattern: no number of that length is.
    ByLength m_mobile;
    ByLength m_valid;
};

CallingCodeRules::CallingCodeRules(int callingCode, const PhoneMetadata* onlyRegion)
    : m_callingCode(std::to_string(callingCode))
{
    if (!onlyRegion)
        return;
    const PhoneMetadata& metadata = *onlyRegion;
    const PhoneNumberDesc& general = metadata.general_desc();
    const std::string& prefix = metadata.national_prefix_for_parsing();
    if (!std::all_of(prefix.begin(), prefix.end(), isAsciiDigit)
        || !metadata.national_prefix_transform_rule().empty()
        || general.possible_length_size() == 0)
        return;
    m_nationalPrefix = prefix;
    m_possibleLengths.assign(general.possible_length().begin(), general.possible_length().end());
    m_localOnlyLengths.assign(general.possible_length_local_only().begin(),
                              general.possible_length_local_only().end());

    std::vector<const Pattern*> patterns;
    const std::string& idd = metadata.international_prefix();
    m_iddLeadingDigits = iddLeadingDigits(idd);
    m_iddIsLiteral = m_iddLeadingDigits.size() == idd.size();
    if (!m_iddIsLiteral)
        patterns.push_back(&(m_idd = Pattern("(?:" + idd + ')')));
    if (!general.national_number_pattern().empty())
        patterns.push_back(
            &(m_general = Pattern("(?:" + general.national_number_pattern() + ")\\z")));

    const bool sameMobileAndFixed = metadata.same_mobile_and_fixed_line_pattern();
    for (std::size_t length = kMinNsnLength; length <= kMaxNsnLength; ++length) {
        const std::string generalPattern = descPattern(general, length);
        if (generalPattern.empty())
            continue;
        // GetNumberTypeHelper's order: any of these first, then fixed line, then mobile.
        std::vector<std::string> special;
        for (const PhoneNumberDesc* desc :
             {&metadata.premium_rate(), &metadata.toll_free(), &metadata.shared_cost(),
              &metadata.voip(), &metadata.personal_number(), &metadata.pager(), &metadata.uan(),
              &metadata.voicemail()}) {
            std::string pattern = descPattern(*desc, length);
            if (!pattern.empty())
                special.push_back(std::move(pattern));
        }
        const std::string fixedLine = descPattern(metadata.fixed_line(), length);
        const std::string mobile = descPattern(metadata.mobile(), length);
        const std::string whole = "(?=" + generalPattern + "\\z)";

        // MOBILE or FIXED_LINE_OR_MOBILE: general, none of the special types, then the
        // fixed-line pattern when both are the same, else the mobile one.
        const std::string& mobileOrBoth = sameMobileAndFixed ? fixedLine : mobile;
        if (!mobileOrBoth.empty()) {
            const std::string notSpecial
                = special.empty() ? std::string() : "(?!(?:" + joined(special) + ")\\z)";
            patterns.push_back(
                &(m_mobile[length] = Pattern(whole + notSpecial + mobileOrBoth + "\\z")));
        }

        // Anything but UNKNOWN: general and any type (mobile is only looked at when it
        // differs from fixed line).
        std::vector<std::string> any = special;
        if (!fixedLine.empty())
            any.push_back(fixedLine);
        if (!sameMobileAndFixed && !mobile.empty())
            any.push_back(mobile);
        if (!any.empty())
            patterns.push_back(&(m_valid[length] = Pattern(whole + "(?:" + joined(any) + ")\\z")));
    }

    m_usable = std::all_of(patterns.begin(), patterns.end(),
                           [](const Pattern* pattern) { return pattern->isValid(); });
}

bool CallingCodeRules::mayStartWithIdd(std::string_view digits) const
{
    if (!digits.starts_with(m_iddLeadingDigits))
        return false;
    return m_iddIsLiteral || m_idd.matches(digits).value_or(true);
}

Length CallingCodeRules::testLength(std::size_t length) const
{
    const int actual = int(length);
    if (m_possibleLengths.front() == -1)
        return Length::Invalid;
    if (containsLength(m_localOnlyLengths, length))
        return Length::PossibleLocalOnly;
    if (m_possibleLengths.front() == actual)
        return Length::Possible;
    if (m_possibleLengths.front() > actual)
        return Length::TooShort;
    if (m_possibleLengths.back() < actual)
        return Length::TooLong;
    return containsLength(m_possibleLengths, length) ? Length::Possible : Length::Invalid;
}

std::optional<bool> CallingCodeRules::matchesGeneral(std::string_view number) const
{
    // An empty general pattern matches nothing (RegexBasedMatcher).
    return m_general.isValid() ? m_general.matches(number) : false;
}

std::optional<bool> CallingCodeRules::matchesByLength(const ByLength& patterns,
                                                      std::string_view nationalNumber)
{
    if (nationalNumber.size() < kMinNsnLength || nationalNumber.size() > kMaxNsnLength)
        return false;
    const Pattern& pattern = patterns[nationalNumber.size()];
    return pattern.isValid() ? pattern.matches(nationalNumber) : false;
}

std::optional<bool> CallingCodeRules::isMobile(std::string_view nationalNumber) const
{
    return matchesByLength(m_mobile, nationalNumber);
}

std::optional<bool> CallingCodeRules::isValid(std::string_view nationalNumber) const
{
    return matchesByLength(m_valid, nationalNumber);
}

QString CallingCodeRules::e164(std::string_view nationalNumber) const
{
    QString e164(qsizetype(1 + m_callingCode.size() + nationalNumber.size()), Qt::Uninitialized);
    QChar* out = e164.data();
    *out++ = u'+';
    for (const char c : m_callingCode)
        *out++ = QLatin1Char(c);
    for (const char c : nationalNumber)
        *out++ = QLatin1Char(c);
    return e164;
}

namespace {

// libphonenumber's metadata, parsed once, and the rules of each calling code, compiled when
// first needed and then shared by every normalizer and thread.
class Catalogue final
{
public:
    static const Catalogue& instance()
    {
        static const Catalogue catalogue;
        return catalogue;
    }

    // The rules of `region`'s calling code, or null when they are not usable (or the region
    // or the metadata is unknown).
    const CallingCodeRules* rulesForRegion(const QString& region) const
    {
        const std::string id = region.toStdString();
        for (const PhoneMetadata& metadata : m_collection.metadata()) {
            if (metadata.id() == id && id != "001" && isCallingCode(metadata.country_code())) {
                const CallingCodeRules& rules = this->rules(metadata.country_code());
                return rules.isUsable() ? &rules : nullptr;
            }
        }
        return nullptr;
    }

    // ExtractCountryCode: the first one to three digits that are a calling code libphonenumber
    // knows, their length in `length`; 0 when there are none.
    int callingCodeAt(std::string_view digits, std::size_t* length) const
    {
        if (digits.empty() || digits.front() == '0')
            return 0;
        int code = 0;
        for (std::size_t i = 0; i < kMaxCallingCodeLength && i < digits.size(); ++i) {
            code = code * 10 + (digits[i] - '0');
            if (!m_regions[std::size_t(code)].empty()) {
                *length = i + 1;
                return code;
            }
        }
        return 0;
    }

    const CallingCodeRules& rules(int callingCode) const
    {
        std::atomic<const CallingCodeRules*>& slot = m_rules[std::size_t(callingCode)];
        if (const CallingCodeRules* rules = slot.load(std::memory_order_acquire))
            return *rules;
        const QMutexLocker lock(&m_mutex);
        if (const CallingCodeRules* rules = slot.load(std::memory_order_relaxed))
            return *rules;
        const std::vector<const PhoneMetadata*>& regions = m_regions[std::size_t(callingCode)];
        const PhoneMetadata* onlyRegion
            = regions.size() == 1 && regions.front()->id() != "001" ? regions.front() : nullptr;
        m_built.push_back(std::make_unique<CallingCodeRules>(callingCode, onlyRegion));
        slot.store(m_built.back().get(), std::memory_order_release);
        return *m_built.back();
    }

private:
    Catalogue()
    {
        if (!m_collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                         i18n::phonenumbers::metadata_size()))
            return;
        for (const PhoneMetadata& metadata : m_collection.metadata()) {
            // Like PhoneNumberUtil: "ZZ" is no region, and "001" numbers have calling codes.
            if (metadata.id() != "ZZ" && isCallingCode(metadata.country_code()))
                m_regions[std::size_t(metadata.country_code())].push_back(&metadata);
        }
    }

    static bool isCallingCode(int code) { return code > 0 && code < kCallingCodeCount; }

    PhoneMetadataCollection m_collection;
    std::array<std::vector<const PhoneMetadata*>, kCallingCodeCount> m_regions;
    mutable QMutex m_mutex;
    mutable std::array<std::atomic<const CallingCodeRules*>, kCallingCodeCount> m_rules {};
    mutable std::vector<std::unique_ptr<CallingCodeRules>> m_built;
};

enum class Outcome {
    Mobile, // libphonenumber reads the number as this valid mobile number
    Invalid, // its reading is a parse error or a number that is not valid
    Unknown, // anything else: only PhoneNumber::normalize can tell
};

struct Reading
{
    Outcome outcome = Outcome::Unknown;
    QString e164;
};

Reading mobile(const CallingCodeRules& rules, std::string_view nationalNumber)
{
    return {Outcome::Mobile, rules.e164(nationalNumber)};
}

// ParseHelper from the national number on (national prefix, lengths), then validity and type.
Reading readNationalNumber(const CallingCodeRules& rules, std::string_view number)
{
    if (number.size() < kMinNsnLength)
        return {Outcome::Invalid, {}};
    const std::string_view prefix = rules.nationalPrefix();
    if (!prefix.empty() && number.starts_with(prefix)) {
        const std::string_view rest = number.substr(prefix.size());
        const Length length = rules.testLength(rest.size());
        if (length == Length::Possible || length == Length::TooLong) {
            // The prefix stays only when the whole number matches the general pattern and
            // the rest does not; a rest that is a mobile number does match it.
            if (rules.isMobile(rest) == true)
                return mobile(rules, rest);
            return {};
        }
    }
    if (number.size() > kMaxNsnLength)
        return {Outcome::Invalid, {}};
    const std::optional<bool> isMobile = rules.isMobile(number);
    if (isMobile == true)
        return mobile(rules, number);
    const std::optional<bool> isValid = isMobile ? rules.isValid(number) : std::nullopt;
    if (isValid == false)
        return {Outcome::Invalid, {}};
    return {};
}

// Parse(digits, region) for digits without a plus.
Reading readNational(const CallingCodeRules& home, std::string_view digits)
{
    if (home.mayStartWithIdd(digits))
        return {};
    std::string_view number = digits;
    const std::string_view callingCode = home.callingCode();
    if (digits.starts_with(callingCode)) {
        // MaybeExtractCountryCode: drop the region's own calling code when the digits are too
        // long with it, or match the general pattern only without it.
        const std::string_view rest = digits.substr(callingCode.size());
        const std::string_view prefix = home.nationalPrefix();
        if (!prefix.empty() && rest.starts_with(prefix))
            return {};
        if (home.testLength(digits.size()) == Length::TooLong) {
            number = rest;
        } else {
            const std::optional<bool> whole = home.matchesGeneral(digits);
            const std::optional<bool> withoutCode = home.matchesGeneral(rest);
            if (!whole || !withoutCode)
                return {};
            if (!*whole && *withoutCode)
                number = rest;
        }
    }
    return readNationalNumber(home, number);
}

// Parse("+" + digits, any region): only a valid mobile number counts.
Reading readInternational(std::string_view digits)
{
    if (digits.size() <= kMinNsnLength)
        return {};
    const Catalogue& catalogue = Catalogue::instance();
    std::size_t length = 0;
    const int callingCode = catalogue.callingCodeAt(digits, &length);
    if (callingCode == 0)
        return {};
    const CallingCodeRules& rules = catalogue.rules(callingCode);
    if (!rules.isUsable())
        return {};
    Reading reading = readNationalNumber(rules, digits.substr(length));
    if (reading.outcome != Outcome::Mobile)
        return {};
    return reading;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString& defaultRegion)
    : m_region(defaultRegion)
    , m_home(Catalogue::instance().rulesForRegion(defaultRegion))
{ }

namespace {

// The digits of a typical spelling: what PhoneNumber::normalize strips (trimming, then
// whitespace, dashes, dots and brackets) in plain ASCII, and one plus before the digits.
// Nothing for anything unusual, or fewer than three digits (never a number).
struct TypicalDigits
{
    std::array<char, kMaxDigits> buffer;
    std::size_t count = 0;
    bool plus = false;

    std::string_view digits() const { return {buffer.data(), count}; }
};

std::optional<TypicalDigits> typicalDigits(QStringView input)
{
    TypicalDigits typical;
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (typical.count == kMaxDigits)
                return std::nullopt;
            typical.buffer[typical.count++] = char(u);
        } else if (u == u'+' && typical.count == 0 && !typical.plus) {
            typical.plus = true;
        } else if (u != u' ' && u != u'\t' && u != u'-' && u != u'.' && u != u'(' && u != u')') {
            return std::nullopt;
        }
    }
    if (typical.count < 3)
        return std::nullopt;
    return typical;
}

} // namespace

Result<QString> PhoneNormalizer::normalize(QStringView input) const
{
    if (const std::optional<TypicalDigits> typical = typicalDigits(input)) {
        const std::string_view digits = typical->digits();
        Reading reading;
        if (typical->plus) {
            reading = readInternational(digits);
        } else if (m_home) {
            reading = readNational(*m_home, digits);
            // PhoneNumber::normalize reads digits that are no valid number as international.
            if (reading.outcome == Outcome::Invalid)
                reading = readInternational(digits);
        }
        if (reading.outcome == Outcome::Mobile) {
            m_fastPathCount.fetch_add(1, std::memory_order_relaxed);
            return std::move(reading.e164);
        }
    }
    return PhoneNumber::normalize(input.toString(), m_region);
}

std::optional<QString> PhoneNormalizer::nationalMobile(QStringView input) const
{
    const std::optional<TypicalDigits> typical = typicalDigits(input);
    if (!typical || typical->plus || !m_home)
        return std::nullopt;
    Reading reading = readNational(*m_home, typical->digits());
    if (reading.outcome != Outcome::Mobile)
        return std::nullopt;
    return std::move(reading.e164);
}

qint64 PhoneNormalizer::fastPathCount() const
{
    return m_fastPathCount.load(std::memory_order_relaxed);
}

} // namespace tuma

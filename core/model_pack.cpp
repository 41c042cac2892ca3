#include "model_pack.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "assessment_check.hpp"

namespace smm {
namespace {

// "SMMP" (a model) or "SMMA" (an assessment), and the layout below: bytes
// packed by another layout are refused.
constexpr char kModelMagic[4] = {'S', 'M', 'M', 'P'};
constexpr char kAssessmentMagic[4] = {'S', 'M', 'M', 'A'};
constexpr std::uint8_t kLayout = 6;  // 2: practices, lacks, the presence decision, action fixes; 3: severityWhen; 4: audiences, source kinds, splits; 5: groups' areas; 6: gates set "before" the practice

// Every field of every model struct, in order, listed once for both
// directions. A field left out here would be lost silently: the round-trip
// test on the bundled model (tests/core/test_model_pack.cpp) catches it.
template <class A> void fields(A& a, Gate& g) { a(g.dimension, g.question, g.minLevel, g.claim, g.lack, g.before); }
template <class A> void fields(A& a, InternalStage& s) { a(s.name, s.summary, s.practices, s.gates); }
template <class A> void fields(A& a, Stage& s) { a(s.id, s.name, s.summary, s.practices, s.gates, s.internal); }
template <class A> void fields(A& a, Dimension& d) { a(d.id, d.name, d.summary, d.kind, d.side); }
template <class A> void fields(A& a, AnswerOption& o) { a(o.id, o.label, o.weight); }
template <class A> void fields(A& a, Question& q) {
    a(q.id, q.dimension, q.stage, q.text, q.help, q.allowNotApplicable, q.options, q.audience);
}
template <class A> void fields(A& a, Action& x) {
    a(x.id, x.dimension, x.stage, x.title, x.detail, x.effort, x.dependsOn, x.fixes);
}
template <class A> void fields(A& a, RiskClause& c) { a(c.kind, c.target, c.value); }
template <class A> void fields(A& a, SeverityRule& s) { a(s.severity, s.when); }
template <class A> void fields(A& a, Risk& r) {
    a(r.id, r.title, r.description, r.source, r.severity, r.matchAll, r.clauses, r.severityWhen, r.skipWhenDecided, r.mitigations,
      r.actions);
}
template <class A> void fields(A& a, PeerFact& f) { a(f.id, f.text, f.source, f.year, f.kind, f.dimensions, f.questions); }
template <class A> void fields(A& a, NetworkStanding& n) {
    a(n.id, n.name, n.summary, n.externalStage, n.internalStage, n.gates);
}
template <class A> void fields(A& a, Migration::Renamed& r) { a(r.from, r.to); }
template <class A> void fields(A& a, Migration::Dropped& d) { a(d.question, d.reason); }
template <class A> void fields(A& a, Migration::Split& s) { a(s.from, s.to); }
template <class A> void fields(A& a, Migration::Options& o) { a(o.question, o.ids); }
template <class A> void fields(A& a, Migration& m) {
    a(m.fromVersion, m.summary, m.questions, m.dropped, m.answerScale, m.questionOrder, m.dimensionOrder,
      m.stageOrder, m.splits, m.questionOptions);
}
template <class A> void fields(A& a, RoleGroup& g) { a(g.id, g.name, g.answersFirst); }
template <class A> void fields(A& a, PresenceDecision& d) { a(d.name, d.summary, d.move, d.moveDetail, d.gates); }
template <class A> void fields(A& a, Model& m) {
    a(m.schemaVersion, m.id, m.version, m.name, m.description, m.stageHoldsAt, m.answerScale, m.stages,
      m.dimensions, m.questions, m.actions, m.risks, m.peerFacts, m.roleGroups, m.networkStandings,
      m.presenceDecision, m.migrations);
}

template <class A> void fields(A& a, Answer& x) { a(x.option, x.note); }
template <class A> void fields(A& a, Assessment& x) {
    a(x.modelId, x.organisation, x.date, x.participant, x.roleGroup, x.answers, x.targets);
}

template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};

// Integers as LEB128 varints (zigzag, so -1 is one byte), doubles as their 8
// bytes, strings and lists as a count and then their items.
class Writer {
public:
    std::string out;

    template <class... T> void operator()(T&... values) { (one(values), ...); }

private:
    template <class T> void one(T& v) {
        if constexpr (std::is_same_v<T, std::string>) {
            unsigned_(v.size());
            out += v;
        } else if constexpr (std::is_same_v<T, bool>) {
            out += static_cast<char>(v ? 1 : 0);
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            const auto n = static_cast<std::int64_t>(v);
            unsigned_((static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 63));
        } else if constexpr (std::is_same_v<T, double>) {
            char bytes[sizeof v];
            std::memcpy(bytes, &v, sizeof v);
            out.append(bytes, sizeof v);
        } else if constexpr (IsVector<T>::value) {
            unsigned_(v.size());
            for (auto& item : v) one(item);
        } else {
            fields(*this, v);
        }
    }
    void unsigned_(std::uint64_t n) {
        do {
            const auto low = static_cast<std::uint8_t>(n & 0x7f);
            n >>= 7;
            out += static_cast<char>(n ? low | 0x80 : low);
        } while (n);
    }
};

// Reads what Writer wrote. Every read is bounds-checked: on the first one
// that does not fit, `failed` is set and every later read does nothing.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool failed = false;
    bool atEnd() const { return at_ == in_.size(); }

    template <class... T> void operator()(T&... values) { (one(values), ...); }

    bool take(std::string_view expected) {
        if (failed || in_.substr(at_, expected.size()) != expected) return !(failed = true);
        at_ += expected.size();
        return true;
    }

private:
    std::string_view in_;
    std::size_t at_ = 0;

    std::size_t left() const { return in_.size() - at_; }

    template <class T> void one(T& v) {
        if (failed) return;
        if constexpr (std::is_same_v<T, std::string>) {
            const std::uint64_t n = unsigned_();
            if (n > left()) return fail();
            v.assign(in_.substr(at_, n));
            at_ += n;
        } else if constexpr (std::is_same_v<T, bool>) {
            const std::uint64_t n = unsigned_();
            if (n > 1) return fail();
            v = n == 1;
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            const std::uint64_t z = unsigned_();
            const auto n = static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
            if constexpr (std::is_integral_v<T>) {
                if (n < INT32_MIN || n > INT32_MAX) return fail();
            } else if (n < -1 || n > 4) {  // the model's enums have at most five values; -1 = unset
                return fail();
            }
            v = static_cast<T>(n);
        } else if constexpr (std::is_same_v<T, double>) {
            if (left() < sizeof v) return fail();
            std::memcpy(&v, in_.data() + at_, sizeof v);
            at_ += sizeof v;
        } else if constexpr (IsVector<T>::value) {
            const std::uint64_t n = unsigned_();
            if (n > left()) return fail();  // each item takes a byte at least
            v.resize(n);
            for (auto& item : v) one(item);
        } else {
            fields(*this, v);
        }
    }
    std::uint64_t unsigned_() {
        std::uint64_t n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!left()) break;
            const auto byte = static_cast<std::uint8_t>(in_[at_++]);
            n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return n;
        }
        fail();
        return 0;
    }
    void fail() { failed = true; }
};

template <class T> std::string pack(const char (&magic)[4], const T& value) {
    Writer w;
    w.out.assign(magic, sizeof magic);
    w.out += static_cast<char>(kLayout);
    T copy = value;  // fields() lists members of a mutable object, for both directions
    fields(w, copy);
    return std::move(w.out);
}

template <class T>
std::optional<T> unpack(const char (&magic)[4], std::string_view bytes, const char* what, std::string* error) {
    auto refuse = [&](const std::string& why) {
        if (error) *error = why;
        return std::nullopt;
    };
    Reader r(bytes);
    const char layout = static_cast<char>(kLayout);
    if (!r.take({magic, sizeof magic}) || !r.take({&layout, 1}))
        return refuse(std::string("not a packed ") + what + " of this build (its header differs)");
    T value;
    fields(r, value);
    if (r.failed) return refuse(std::string("the packed ") + what + " ends too early or holds a value out of range");
    if (!r.atEnd()) return refuse(std::string("the packed ") + what + " has bytes left over");
    return value;
}

}  // namespace

std::string packModel(const Model& model) { return pack(kModelMagic, model); }

std::optional<Model> unpackModel(std::string_view bytes, std::string* error) {
    return unpack<Model>(kModelMagic, bytes, "model", error);
}

std::string packAssessment(const Assessment& assessment) { return pack(kAssessmentMagic, assessment); }

std::optional<Assessment> unpackAssessment(std::string_view bytes, const Model& model, std::string* error) {
    std::optional<Assessment> a = unpack<Assessment>(kAssessmentMagic, bytes, "assessment", error);
    if (!a) return a;
    if (!checkAssessmentFits(model, *a).empty()) {
        if (error) *error = "the packed assessment does not fit the model";
        return std::nullopt;
    }
    return a;
}

}  // namespace smm

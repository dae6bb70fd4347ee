// The problem registry: each catalog file defines one problem struct and ends
// with GRADLAB_REGISTER_PROBLEM(Struct); the registry turns it into a
// `Problem` handle instantiated for every scalar type the harness uses.
#pragma once

#include <algorithm>
#include <concepts>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/ad_scalars.h"
#include "functions/problem.h"

namespace gradlab {

// What a problem definition provides (see functions/classic/rosenbrock.cpp):
//   static constexpr bool kComplexSafe;  // value() is holomorphic in each x_i
// and, when value() branches on (or forms a constant from) value_of(x),
//   static constexpr bool kControlFlowDependsOnX = true;  // re-taped at every point
//   ProblemInfo info() const;
//   std::vector<double> x0(int n) const;
//   std::vector<Minimum> minima(int n) const;
//   Box domain(int n) const;
//   template <class T> T value(std::span<const T> x) const;
//   template <class T> void gradient(std::span<const T> x, std::span<T> g) const;
//   template <class T> void hessian(std::span<const T> x, MatrixRef<T> h) const;
// and optionally
//   std::optional<std::string> nondifferentiable_at(std::span<const double> x) const;
//   std::vector<NamedPoint> starts(int n) const;  // further published starts
//   static std::vector<ParameterSpec> parameter_specs();  // with a constructor
//   explicit P(const ProblemParameters&);                 // taking their values
//   int sample_count() const;                            // finite sums (functions/finite_sum.h)
//   template <class T> T sample_value(int i, std::span<const T> x) const;
//   template <class T> void sample_gradient(int i, std::span<const T> x, std::span<T> g) const;
template <class P>
concept ProblemDefinition = requires(const P& p, int n, std::span<const double> x, std::span<double> g,
                                     MatrixRef<double> h) {
  { P::kComplexSafe } -> std::convertible_to<bool>;
  { p.info() } -> std::convertible_to<ProblemInfo>;
  { p.x0(n) } -> std::convertible_to<std::vector<double>>;
  { p.minima(n) } -> std::convertible_to<std::vector<Minimum>>;
  { p.domain(n) } -> std::convertible_to<Box>;
  { p.template value<double>(x) } -> std::convertible_to<double>;
  p.template gradient<double>(x, g);
  p.template hessian<double>(x, h);
};

template <class P>
concept ParameterizedDefinition = requires(const ProblemParameters& values) {
  { P::parameter_specs() } -> std::convertible_to<std::vector<ParameterSpec>>;
  P(values);
};

template <class P>
concept FiniteSumDefinition = requires(const P& p, int i, std::span<const double> x, std::span<double> g) {
  { p.sample_count() } -> std::convertible_to<int>;
  { p.template sample_value<double>(i, x) } -> std::convertible_to<double>;
  p.template sample_gradient<double>(i, x, g);
};

// Parameter assignments by name, as parsed from `name(key=value,...)`.
using ParameterAssignments = std::vector<std::pair<std::string, double>>;

template <ProblemDefinition P>
class ProblemModel final : public Problem {
 public:
  // Throws std::invalid_argument when `given` names an unknown parameter or
  // an out-of-range value.
  explicit ProblemModel(const ParameterAssignments& given = {})
      : parameters_(make_parameters(given)), def_(make_definition(parameters_)), info_(def_.info()) {
    info_.parameters = parameters_;
    info_.name += parameters_.name_suffix();
    auto add = [&](Tag t) {
      if (std::find(info_.tags.begin(), info_.tags.end(), t) == info_.tags.end()) info_.tags.push_back(t);
    };
    if (P::kComplexSafe) add(Tag::kComplexSafe);
    if constexpr (requires { P::kControlFlowDependsOnX; }) {
      info_.control_flow_depends_on_x = P::kControlFlowDependsOnX;
    }
    if (info_.dimension.is_scalable()) add(Tag::kScalable);
  }

  const P& definition() const { return def_; }
  const ProblemInfo& info() const override { return info_; }
  std::vector<double> x0(int n) const override { return def_.x0(n); }
  std::vector<Minimum> minima(int n) const override { return def_.minima(n); }
  Box domain(int n) const override { return def_.domain(n); }
  std::vector<NamedPoint> starts(int n) const override {
    if constexpr (requires { def_.starts(n); }) {
      return def_.starts(n);
    } else {
      return {};
    }
  }
  std::optional<std::string> nondifferentiable_at(std::span<const double> x) const override {
    if constexpr (requires { def_.nondifferentiable_at(x); }) {
      return def_.nondifferentiable_at(x);
    } else {
      return std::nullopt;
    }
  }

  double value(std::span<const double> x) const override { return def_.template value<double>(x); }
  void gradient(std::span<const double> x, std::span<double> g) const override {
    def_.template gradient<double>(x, g);
  }
  void hessian(std::span<const double> x, MatrixRef<double> h) const override {
    def_.template hessian<double>(x, h);
  }

  Real50 value(std::span<const Real50> x) const override { return def_.template value<Real50>(x); }
  void gradient(std::span<const Real50> x, std::span<Real50> g) const override {
    def_.template gradient<Real50>(x, g);
  }
  void hessian(std::span<const Real50> x, MatrixRef<Real50> h) const override {
    def_.template hessian<Real50>(x, h);
  }

  Complex value(std::span<const Complex> x) const override {
    if constexpr (P::kComplexSafe) {
      return def_.template value<Complex>(x);
    } else {
      throw std::logic_error(info_.name + " is not complex-safe");
    }
  }
  Fvar value(std::span<const Fvar> x) const override { return def_.template value<Fvar>(x); }
  Fvar50 value(std::span<const Fvar50> x) const override { return def_.template value<Fvar50>(x); }
  Fvar50x2 value(std::span<const Fvar50x2> x) const override { return def_.template value<Fvar50x2>(x); }
  Fvar2 value(std::span<const Fvar2> x) const override { return def_.template value<Fvar2>(x); }
  EigenAd value(std::span<const EigenAd> x) const override { return def_.template value<EigenAd>(x); }
  Adouble value(std::span<const Adouble> x) const override { return def_.template value<Adouble>(x); }

  int sample_count() const override {
    if constexpr (FiniteSumDefinition<P>) {
      return def_.sample_count();
    } else {
      return 0;
    }
  }
  double sample_value(int i, std::span<const double> x) const override {
    return sample_value_of<double>(i, x);
  }
  Real50 sample_value(int i, std::span<const Real50> x) const override {
    return sample_value_of<Real50>(i, x);
  }
  Fvar50 sample_value(int i, std::span<const Fvar50> x) const override {
    return sample_value_of<Fvar50>(i, x);
  }
  void sample_gradient(int i, std::span<const double> x, std::span<double> g) const override {
    sample_gradient_of<double>(i, x, g);
  }
  void sample_gradient(int i, std::span<const Real50> x, std::span<Real50> g) const override {
    sample_gradient_of<Real50>(i, x, g);
  }

 private:
  static ProblemParameters make_parameters(const ParameterAssignments& given) {
    if constexpr (ParameterizedDefinition<P>) {
      return ProblemParameters(P::parameter_specs(), given);
    } else {
      if (!given.empty()) throw std::invalid_argument("takes no parameters");
      return {};
    }
  }
  static P make_definition(const ProblemParameters& values) {
    if constexpr (ParameterizedDefinition<P>) {
      return P(values);
    } else {
      return P();
    }
  }
  template <class T>
  T sample_value_of(int i, std::span<const T> x) const {
    if constexpr (FiniteSumDefinition<P>) {
      return def_.template sample_value<T>(i, x);
    } else {
      throw std::logic_error(info_.name + " is not a finite sum");
    }
  }
  template <class T>
  void sample_gradient_of(int i, std::span<const T> x, std::span<T> g) const {
    if constexpr (FiniteSumDefinition<P>) {
      def_.template sample_gradient<T>(i, x, g);
    } else {
      throw std::logic_error(info_.name + " is not a finite sum");
    }
  }

  ProblemParameters parameters_;
  P def_;
  ProblemInfo info_;
};

class ProblemRegistry {
 public:
  using Factory = std::function<std::unique_ptr<Problem>(const ParameterAssignments&)>;

  static ProblemRegistry& instance();

  // Called at static-initialisation time by GRADLAB_REGISTER_PROBLEM.
  bool add(Factory factory);

  // All problems, sorted by name; built on first use (thread-safe).
  const std::vector<const Problem*>& all() const;
  // A problem by name: a registered one, or `base(key=value,...)`, which
  // makes (once, then keeps) that instance of a parameterized problem. Null
  // when nothing is called `name`; throws std::invalid_argument when the
  // base exists but the parameters are malformed, unknown or out of range.
  const Problem* find(std::string_view name) const;
  std::vector<std::string> names() const;

  // find() for a name someone else wrote (a backend's list of problems):
  // the problem, or, with problem null, why the name denotes none, worded
  // to follow the name (": <the parameters' error>" or " is not a catalog
  // problem; did you mean ...").
  struct Lookup {
    const Problem* problem = nullptr;
    std::string why_not;
  };
  Lookup look_up(std::string_view name) const;

 private:
  std::vector<Factory> factories_;
};

}  // namespace gradlab

#define GRADLAB_CONCAT_INNER(a, b) a##b
#define GRADLAB_CONCAT(a, b) GRADLAB_CONCAT_INNER(a, b)
#define GRADLAB_REGISTER_PROBLEM(Definition)                                                        \
  [[maybe_unused]] static const bool GRADLAB_CONCAT(gradlab_registered_, __LINE__) =                \
      ::gradlab::ProblemRegistry::instance().add([](const ::gradlab::ParameterAssignments& given) { \
        return std::unique_ptr<::gradlab::Problem>(new ::gradlab::ProblemModel<Definition>(given)); \
      })

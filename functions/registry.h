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

#include "functions/problem.h"

namespace gradlab {

// What a problem definition provides (see functions/classic/rosenbrock.cpp):
//   static constexpr bool kComplexSafe;  // value() is holomorphic in each x_i
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

template <ProblemDefinition P>
class ProblemModel final : public Problem {
 public:
  template <class... Args>
  explicit ProblemModel(Args&&... args) : def_(std::forward<Args>(args)...), info_(def_.info()) {
    auto add = [&](Tag t) {
      if (std::find(info_.tags.begin(), info_.tags.end(), t) == info_.tags.end()) info_.tags.push_back(t);
    };
    if (P::kComplexSafe) add(Tag::kComplexSafe);
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

 private:
  P def_;
  ProblemInfo info_;
};

class ProblemRegistry {
 public:
  using Factory = std::function<std::unique_ptr<Problem>()>;

  static ProblemRegistry& instance();

  // Called at static-initialisation time by GRADLAB_REGISTER_PROBLEM.
  bool add(Factory factory);

  // All problems, sorted by name; built on first use (thread-safe).
  const std::vector<const Problem*>& all() const;
  const Problem* find(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  std::vector<Factory> factories_;
};

}  // namespace gradlab

#define GRADLAB_CONCAT_INNER(a, b) a##b
#define GRADLAB_CONCAT(a, b) GRADLAB_CONCAT_INNER(a, b)
#define GRADLAB_REGISTER_PROBLEM(Definition)                                         \
  [[maybe_unused]] static const bool GRADLAB_CONCAT(gradlab_registered_, __LINE__) = \
      ::gradlab::ProblemRegistry::instance().add(                                    \
          [] { return std::unique_ptr<::gradlab::Problem>(new ::gradlab::ProblemModel<Definition>()); })

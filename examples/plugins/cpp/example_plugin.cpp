// An example gradlab plugin in C++17: forward-mode automatic differentiation
// with a small dual-number type, the kind of gradient code gradlab is for
// checking. Each problem's value is written once as a template, exactly as
// functions/classic/<name>.cpp defines it, and differentiated by one forward
// pass per coordinate (n passes: fine for an example, O(n^2) for large n).
//
// What a C++ plugin must do at the C boundary: give the entry point C
// linkage and default visibility, and let no exception escape (gradlab is C
// to it; an exception crossing the boundary would terminate the run).
#include <cmath>
#include <cstdio>
#include <exception>
#include <vector>

#include "gradlab/gradient_plugin.h"

namespace {

struct Dual {
  double v = 0;  // value
  double d = 0;  // derivative along the seeded coordinate
  Dual(double value = 0, double derivative = 0) : v(value), d(derivative) {}
};
Dual operator+(Dual a, Dual b) { return {a.v + b.v, a.d + b.d}; }
Dual operator-(Dual a, Dual b) { return {a.v - b.v, a.d - b.d}; }
Dual operator*(Dual a, Dual b) { return {a.v * b.v, a.d * b.v + a.v * b.d}; }
Dual& operator+=(Dual& a, Dual b) { return a = a + b; }
Dual cos(Dual a) { return {std::cos(a.v), -std::sin(a.v) * a.d}; }

// f = sum_{i<n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2.
template <class T>
T rosenbrock(const T* x, int64_t n) {
  T f = 0;
  for (int64_t i = 0; i + 1 < n; ++i) {
    const T a = x[i + 1] - x[i] * x[i];
    const T b = T(1) - x[i];
    f += T(100) * a * a + b * b;
  }
  return f;
}

// f = 10 n + sum x_i^2 - 10 cos(2 pi x_i).
template <class T>
T rastrigin(const T* x, int64_t n) {
  using std::cos;
  const T two_pi = T(2) * T(M_PI);
  T f = T(10.0 * static_cast<double>(n));
  for (int64_t i = 0; i < n; ++i) f += x[i] * x[i] - T(10) * cos(two_pi * x[i]);
  return f;
}

// f = (1/2) sum x_i^4 - 16 x_i^2 + 5 x_i.
template <class T>
T styblinski_tang(const T* x, int64_t n) {
  T f = 0;
  for (int64_t i = 0; i < n; ++i) {
    const T x2 = x[i] * x[i];
    f += x2 * x2 - T(16) * x2 + T(5) * x[i];
  }
  return T(0.5) * f;
}

// f = (x_1 - 1)^2 + sum_{i>=2} i (2 x_i^2 - x_{i-1})^2.
template <class T>
T dixon_price(const T* x, int64_t n) {
  T f = (x[0] - T(1)) * (x[0] - T(1));
  for (int64_t i = 1; i < n; ++i) {
    const T t = T(2) * x[i] * x[i] - x[i - 1];
    f += T(static_cast<double>(i + 1)) * t * t;
  }
  return f;
}

using DualValue = Dual (*)(const Dual*, int64_t);
// Index-aligned with kProblems.
constexpr DualValue kValues[] = {rosenbrock<Dual>, rastrigin<Dual>, styblinski_tang<Dual>, dixon_price<Dual>};
const char* const kProblems[] = {"rosenbrock", "rastrigin", "styblinski_tang", "dixon_price", nullptr};

int32_t gradient(void*, const char* problem, int32_t problem_index, int64_t n, const double* x, double* g,
                 char* error, size_t error_size) {
  try {
    if (problem_index < 0 || problem_index >= static_cast<int32_t>(std::size(kValues))) {
      std::snprintf(error, error_size, "unknown problem %s", problem);
      return 1;
    }
    std::vector<Dual> xd(x, x + n);
    for (int64_t i = 0; i < n; ++i) {
      xd[i].d = 1;
      g[i] = kValues[problem_index](xd.data(), n).d;
      xd[i].d = 0;
    }
    return 0;
  } catch (const std::exception& e) {  // e.g. std::bad_alloc for a huge n
    std::snprintf(error, error_size, "%s at n = %lld: %s", problem, static_cast<long long>(n), e.what());
    return 1;
  } catch (...) {  // anything else thrown must not cross the C boundary either
    std::snprintf(error, error_size, "%s at n = %lld: an exception that is not a std::exception", problem,
                  static_cast<long long>(n));
    return 1;
  }
}

}  // namespace

extern "C" const gradlab_plugin_v1* gradlab_plugin_entry_v1() {
  static const gradlab_plugin_v1 plugin = {
      GRADLAB_PLUGIN_ABI_VERSION_1,
      GRADLAB_PLUGIN_THREAD_SAFE,  // no shared state: each call has its own duals
      "example-cpp-dual",
      "1.0.0",
      kProblems,
      nullptr,  // init
      nullptr,  // finalize
      gradient,
  };
  return &plugin;
}

#include "backends/complex_step.h"

namespace gradlab {

Status ComplexStepBackend::applicable(const Problem& problem) const {
  if (problem.info().has(Tag::kComplexSafe)) return Status::ok();
  return Status::not_applicable(problem.name() + " is not complex-safe (its value is not holomorphic)");
}

void ComplexStepBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                 EvalCount& count, GradientExtras&) const {
  std::vector<Complex> xc(x.begin(), x.end());
  for (std::size_t i = 0; i < x.size(); ++i) {
    xc[i] = Complex(x[i], step_);
    g[i] = problem.value(std::span<const Complex>(xc)).imag() / step_;
    ++count.value;
    xc[i] = Complex(x[i], 0.0);
  }
}

double ComplexStepBackend::compute_directional(const Problem& problem, std::span<const double> x,
                                               std::span<const double> v, EvalCount& count) const {
  std::vector<Complex> xc(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) xc[i] = Complex(x[i], step_ * v[i]);
  ++count.value;
  return problem.value(std::span<const Complex>(xc)).imag() / step_;
}

}  // namespace gradlab

// Microbenchmarks of the harness's own machinery: what one accuracy case
// costs besides the backend under test.
#include <benchmark/benchmark.h>

#include "core/gradient_error.h"
#include "functions/reference.h"
#include "functions/registry.h"
#include "functions/sample_points.h"

namespace gradlab {
namespace {

const Problem& rosenbrock() { return *ProblemRegistry::instance().find("rosenbrock"); }

void BM_ReferenceGradient(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto x = random_point(rosenbrock(), n, 1, 0);
  for (auto _ : state) benchmark::DoNotOptimize(reference_gradient(rosenbrock(), x));
  state.SetComplexityN(n);
}
BENCHMARK(BM_ReferenceGradient)->RangeMultiplier(4)->Range(4, 1024)->Complexity(benchmark::oN);

void BM_CompareGradients(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const auto x = random_point(rosenbrock(), n, 1, 0);
  const auto r = reference_gradient(rosenbrock(), x);
  auto g = r;
  g[0] *= 1 + 1e-9;
  for (auto _ : state) benchmark::DoNotOptimize(compare_gradients(g, r, 1.0));
  state.SetComplexityN(n);
}
BENCHMARK(BM_CompareGradients)->RangeMultiplier(4)->Range(4, 1024)->Complexity(benchmark::oN);

void BM_RandomPoint(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  int k = 0;
  for (auto _ : state) benchmark::DoNotOptimize(random_point(rosenbrock(), n, 1, k++));
}
BENCHMARK(BM_RandomPoint)->Arg(10)->Arg(1000);

}  // namespace
}  // namespace gradlab

BENCHMARK_MAIN();

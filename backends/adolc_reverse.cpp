#include "backends/adolc_reverse.h"

#include <adolc/adolc_fatalerror.h>
#include <adolc/drivers/drivers.h>
#include <adolc/interfaces.h>
#include <adolc/taping.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <list>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "core/ad_scalars.h"

// ADOL-C 2.7 takes the directory of disk-bound tapes only from a `.adolcrc`
// file in the current directory (TAPE_DIR), read once when the library is
// loaded, and keeps the resulting file-name prefixes here (malloc'ed; ADOL-C
// frees them at exit). Rewriting their directory part before the first tape
// is made is the only way to keep tape files out of the working directory.
extern "C" char* tapeBaseNames[4];

namespace gradlab {

std::mutex& adolc_mutex() {
  static std::mutex m;
  return m;
}

namespace {

// Entries per tape buffer: ADOL-C's defaults, given explicitly so that a
// .adolcrc in the working directory cannot shrink them. Rosenbrock at
// n = 10000 records 1e5 operations and 2.3e5 locations: in memory.
constexpr unsigned kBufferEntries = 524288;

// A private directory for the files of tapes that outgrow the buffers.
class TapeDirectory {
 public:
  static TapeDirectory& instance() {
    static TapeDirectory directory;
    return directory;
  }
  const std::string& path() const { return path_; }

  // removeTape leaves the Taylor file (ADOLC-Taylors_<tag>.tap) behind.
  void remove_files_of(short tag) const {
    std::string suffix = std::to_string(tag);
    suffix.insert(suffix.begin(), '_');
    suffix.append(".tap");
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(path_, ec)) {
      const std::string name = entry.path().filename().string();
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        std::filesystem::remove(entry.path(), ec);
      }
    }
  }

  ~TapeDirectory() {
    // Runs before ADOL-C's own clean-up (libadolc was loaded first), which
    // then finds its files gone and carries on.
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }

 private:
  TapeDirectory() {
    std::error_code ec;
    std::string pattern = (std::filesystem::temp_directory_path(ec) / "gradlab-adolc-XXXXXX").string();
    if (ec || mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("adolc-reverse: cannot create a temporary directory for ADOL-C tapes (" +
                               pattern + "): " + std::strerror(errno));
    }
    path_ = pattern;
    // A changed comparison is handled (by recording a new tape), not worth a
    // line on stderr.
    disableBranchSwitchWarnings();
    for (char*& base : tapeBaseNames) {
      if (base == nullptr) continue;
      const char* slash = std::strrchr(base, '/');
      const std::string file_prefix = slash ? slash + 1 : base;
      char* moved = strdup((path_ + "/" + file_prefix).c_str());
      if (moved == nullptr) throw std::bad_alloc();
      std::free(base);
      base = moved;
    }
  }

  std::string path_;
};

// The tapes in memory, over all backend instances, least recently used
// first. Only touched under adolc_mutex().
class TapeCache {
 public:
  struct Tape {
    const void* owner;
    const Problem* problem;
    std::string problem_name;  // guards against a new problem at a freed address
    int n;
    short tag;
    bool recorded = false;
  };

  static TapeCache& instance() {
    static TapeCache cache;
    return cache;
  }

  // The tape of (owner, problem, n), made most recently used; a new entry
  // (recorded == false) if there is none, freeing the least recently used
  // tape when kMaxTapes are held.
  Tape& get(const void* owner, const Problem& problem, int n) {
    for (auto it = tapes_.begin(); it != tapes_.end(); ++it) {
      if (it->owner == owner && it->problem == &problem && it->n == n && it->problem_name == problem.name()) {
        tapes_.splice(tapes_.end(), tapes_, it);
        return tapes_.back();
      }
    }
    short tag;
    if (!free_tags_.empty()) {
      tag = free_tags_.back();
      free_tags_.pop_back();
    } else if (next_tag_ <= AdolcReverseBackend::kMaxTapes || tapes_.empty()) {
      // (Past kMaxTapes only when retired tags left nothing to evict.)
      if (next_tag_ == SHRT_MAX) throw BackendFailure("adolc-reverse: no ADOL-C tape tag left to use");
      tag = next_tag_++;
    } else {
      tag = tapes_.front().tag;
      if (!drop(tapes_.begin(), /*reuse_tag=*/false)) return get(owner, problem, n);
    }
    tapes_.push_back(Tape{owner, &problem, problem.name(), n, tag});
    return tapes_.back();
  }

  // Frees a tape whose recording or sweep failed, so that the next call
  // records it afresh.
  void forget(short tag) {
    for (auto it = tapes_.begin(); it != tapes_.end(); ++it) {
      if (it->tag == tag) {
        drop(it, /*reuse_tag=*/true);
        return;
      }
    }
  }

  void forget_owner(const void* owner) {
    for (auto it = tapes_.begin(); it != tapes_.end();) {
      auto next = std::next(it);
      if (it->owner == owner) drop(it, /*reuse_tag=*/true);
      it = next;
    }
  }

  int size() const { return static_cast<int>(tapes_.size()); }

  // ADOL-C reports its own failures (an I/O error on a spilled tape, a
  // buffer limit) by throwing FatalError from wherever it was, leaving its
  // global state (the current tape, half-written buffers) as it was: nothing
  // in it is trusted after that, not even freeing a tape.
  void mark_fatal(std::string what) { fatal_ = std::move(what); }
  const std::string& fatal() const { return fatal_; }

 private:
  // Frees the tape; false if ADOL-C would not (a recording left unfinished),
  // in which case its tag is retired, never handed out again.
  bool drop(std::list<Tape>::iterator it, bool reuse_tag) {
    bool freed = true;
    if (it->recorded) {
      freed = removeTape(it->tag, ADOLC_REMOVE_COMPLETELY) == 0;
      TapeDirectory::instance().remove_files_of(it->tag);
    }
    if (reuse_tag && freed) free_tags_.push_back(it->tag);
    tapes_.erase(it);
    return freed;
  }

  std::list<Tape> tapes_;
  std::string fatal_;
  std::vector<short> free_tags_;
  short next_tag_ = 1;
};

// Records the value of `problem` at x on `tag`, x as the independents.
void record(const Problem& problem, std::span<const double> x, short tag) {
  TapeDirectory::instance();
  trace_on(tag, 0, kBufferEntries, kBufferEntries, kBufferEntries, kBufferEntries);
  try {
    std::vector<Adouble> xa(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) xa[i] <<= x[i];
    Adouble f = problem.value(std::span<const Adouble>(xa));
    double y;
    f >>= y;
  } catch (...) {
    trace_off();
    throw;
  }
  trace_off();
}

}  // namespace

AdolcReverseBackend::AdolcReverseBackend(std::string name) : Backend(std::move(name)) {
  // Made before any backend, so destroyed after the last one (statics go in
  // reverse order of construction): a backend with static lifetime still
  // finds them in its destructor.
  std::lock_guard lock(adolc_mutex());
  TapeCache::instance();
  TapeDirectory::instance();
}

AdolcReverseBackend::~AdolcReverseBackend() {
  std::lock_guard lock(adolc_mutex());
  TapeCache& cache = TapeCache::instance();
  if (cache.fatal().empty()) cache.forget_owner(this);
}

int AdolcReverseBackend::tapes_in_memory() {
  std::lock_guard lock(adolc_mutex());
  return TapeCache::instance().size();
}

std::string AdolcReverseBackend::tape_directory() {
  std::lock_guard lock(adolc_mutex());
  return TapeDirectory::instance().path();
}

template <class Sweep>
void AdolcReverseBackend::sweep_tape(const Problem& problem, std::span<const double> x, const char* driver,
                                     long long sweeps, EvalCount& count, Sweep&& sweep) const {
  std::lock_guard lock(adolc_mutex());
  TapeCache& cache = TapeCache::instance();
  if (!cache.fatal().empty()) {
    throw BackendFailure("adolc-reverse: ADOL-C failed earlier in this run (" + cache.fatal() +
                         "), and its state cannot be trusted after that: refusing further use");
  }
  TapeCache::Tape& tape = cache.get(this, problem, static_cast<int>(x.size()));
  const short tag = tape.tag;
  auto record_here = [&] {
    tape.recorded = true;  // even a failed recording leaves a tape to free
    record(problem, x, tag);
    ++tapes_recorded_;
  };
  try {
    const bool fresh = !tape.recorded || problem.info().control_flow_depends_on_x;
    if (fresh) record_here();
    int rc = sweep(tag);
    // Negative: a comparison recorded on the tape comes out differently at x,
    // so the tape's control flow is not this point's.
    if (rc < 0 && !fresh) {
      record_here();
      rc = sweep(tag);
    }
    if (rc < 0) {
      throw std::runtime_error(std::string("ADOL-C's ") + driver + " driver returned " + std::to_string(rc) +
                               " on a tape recorded at this very point");
    }
  } catch (const FatalError& e) {
    cache.mark_fatal(e.what());
    throw BackendFailure(std::string("adolc-reverse: ADOL-C fatal error in the ") + driver + " driver (" +
                         e.what() + "); adolc-reverse refuses further use in this run");
  } catch (...) {
    cache.forget(tag);
    throw;
  }
  // Counted so that a record does not depend on which cases ran before: the
  // sweeps, plus the recording where the problem is recorded at every point.
  // A first recording, or one forced by a changed comparison, depends on that
  // history and is not counted (tapes_recorded() counts them).
  count.value += sweeps + (problem.info().control_flow_depends_on_x ? 1 : 0);
}

void AdolcReverseBackend::compute(const Problem& problem, std::span<const double> x, std::span<double> g,
                                  EvalCount& count, GradientExtras&) const {
  const int n = static_cast<int>(x.size());
  sweep_tape(problem, x, "gradient", 1, count,
             [&](short tag) { return ::gradient(tag, n, x.data(), g.data()); });
}

void AdolcReverseBackend::compute_hessian(const Problem& problem, std::span<const double> x,
                                          MatrixRef<double> h, EvalCount& count) const {
  const std::size_t n = x.size();
  std::vector<double> xc(x.begin(), x.end());
  // The driver fills the lower triangle through row pointers.
  std::vector<double> lower(n * n);
  std::vector<double*> rows(n);
  for (std::size_t i = 0; i < n; ++i) rows[i] = lower.data() + i * n;
  // The driver runs hess_vec for each e_i: n first-order forward and
  // second-order reverse sweeps.
  sweep_tape(problem, x, "hessian", static_cast<long long>(n), count,
             [&](short tag) { return ::hessian(tag, static_cast<int>(n), xc.data(), rows.data()); });
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j <= i; ++j) h(i, j) = h(j, i) = lower[i * n + j];
  }
}

double AdolcReverseBackend::compute_directional(const Problem& problem, std::span<const double> x,
                                                std::span<const double> v, EvalCount& count) const {
  std::vector<double> direction(v.begin(), v.end());
  double y = 0;
  double derivative = 0;
  sweep_tape(problem, x, "fos_forward", 1, count, [&](short tag) {
    return fos_forward(tag, 1, static_cast<int>(x.size()), 0, x.data(), direction.data(), &y, &derivative);
  });
  return derivative;
}

}  // namespace gradlab

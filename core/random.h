// Counter-based random numbers: every draw is a pure function of its key, so
// points do not depend on thread count, case order, filters or shards.
#pragma once

#include <cstdint>
#include <string_view>

namespace gradlab {

// SplitMix64 finaliser (Steele, Lea & Flood, "Fast splittable pseudorandom
// number generators", OOPSLA 2014): a bijective 64-bit mix.
constexpr std::uint64_t mix64(std::uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// FNV-1a, to turn a name into part of a key.
constexpr std::uint64_t hash_name(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// A stream of draws identified by a key; draw(i) is the i-th value.
class KeyedRandom {
 public:
  constexpr explicit KeyedRandom(std::uint64_t key) : key_(key) {}

  // Derives a sub-stream; keys chain so (seed, problem, n, index) is a path.
  constexpr KeyedRandom child(std::uint64_t part) const { return KeyedRandom(mix64(key_ ^ mix64(part))); }
  constexpr KeyedRandom child(std::string_view part) const { return child(hash_name(part)); }

  constexpr std::uint64_t bits(std::uint64_t i) const {
    return mix64(key_ + mix64(i + 0x632be59bd9b4e019ULL));
  }

  // Uniform in [0, 1) with 53 random bits.
  constexpr double uniform(std::uint64_t i) const { return static_cast<double>(bits(i) >> 11) * 0x1.0p-53; }
  constexpr double uniform(std::uint64_t i, double lo, double hi) const {
    return lo + (hi - lo) * uniform(i);
  }

 private:
  std::uint64_t key_;
};

}  // namespace gradlab

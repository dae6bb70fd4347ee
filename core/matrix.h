// A non-owning view of a dense row-major matrix, for Hessians.
#pragma once

#include <cassert>
#include <cstddef>
#include <span>
#include <vector>

namespace gradlab {

template <class T>
class MatrixRef {
 public:
  MatrixRef(T* data, std::size_t rows, std::size_t cols) : data_(data), rows_(rows), cols_(cols) {}
  MatrixRef(std::vector<T>& storage, std::size_t n) : MatrixRef(storage.data(), n, n) {
    assert(storage.size() == n * n);
  }

  T& operator()(std::size_t i, std::size_t j) const {
    assert(i < rows_ && j < cols_);
    return data_[i * cols_ + j];
  }
  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  std::span<T> flat() const { return {data_, rows_ * cols_}; }

  void fill(const T& v) const {
    for (auto& e : flat()) e = v;
  }

 private:
  T* data_;
  std::size_t rows_;
  std::size_t cols_;
};

}  // namespace gradlab

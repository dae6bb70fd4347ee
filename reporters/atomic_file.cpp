#include "reporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <stdexcept>
#include <system_error>

namespace gradlab {

namespace fs = std::filesystem;

namespace {

// Two writers (threads or processes) may target the same directory at once;
// pid plus a counter keeps their temporary names apart, O_EXCL catches the rest.
fs::path temp_sibling(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  std::string name = ".";
  name += path.filename().string();
  name += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return path.parent_path() / name;
}

[[noreturn]] void fail(const std::string& what, const fs::path& path, int err) {
  throw std::runtime_error(what + " " + path.string() + ": " + std::generic_category().message(err));
}

// Makes the rename itself durable; not every file system supports syncing a
// directory, and the data is already safe, so failures are ignored.
void sync_directory(const fs::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_file_atomically(const fs::path& path, const std::string& contents) {
  if (!path.has_filename()) throw std::runtime_error("cannot write " + path.string() + ": not a file name");
  fs::path tmp;
  int fd = -1;
  for (int attempt = 0; fd < 0; ++attempt) {
    tmp = temp_sibling(path);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && (errno != EEXIST || attempt >= 100)) fail("cannot write", path, errno);
  }
  auto abandon = [&](const char* what, int err) {
    if (fd >= 0) ::close(fd);
    ::unlink(tmp.c_str());
    fail(what, path, err);
  };

  const char* data = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon("cannot write", errno);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  // Without the sync a crash soon after the rename can leave an empty file
  // under the final name on some file systems: "whole or absent" would break.
  if (::fsync(fd) != 0) abandon("cannot write (fsync)", errno);
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0) abandon("cannot write (close)", errno);
  if (::rename(tmp.c_str(), path.c_str()) != 0) abandon("cannot rename a temporary file onto", errno);
  sync_directory(path.parent_path());
}

void replace_symlink_atomically(const fs::path& link, const fs::path& target) {
  if (!link.has_filename())
    throw std::runtime_error("cannot create symlink " + link.string() + ": not a file name");
  std::error_code ec;
  const fs::file_status st = fs::symlink_status(link, ec);
  if (!ec && fs::exists(st) && !fs::is_symlink(st)) {
    throw std::runtime_error("cannot update " + link.string() + ": it exists and is not a symlink");
  }
  fs::path tmp;
  for (int attempt = 0;; ++attempt) {
    tmp = temp_sibling(link);
    if (::symlink(target.c_str(), tmp.c_str()) == 0) break;
    if (errno != EEXIST || attempt >= 100) fail("cannot create symlink", link, errno);
  }
  if (::rename(tmp.c_str(), link.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    fail("cannot update symlink", link, err);
  }
  sync_directory(link.parent_path());
}

}  // namespace gradlab

// Result files are written whole or not at all: a reader (a CI job, a tool
// reading the file, a person opening results/latest) must never see half a file, even
// when the writer is killed or the disk fills up.
#pragma once

#include <filesystem>
#include <string>

namespace gradlab {

// Writes `contents` to a fresh temporary file next to `path`, syncs it to disk
// and renames it onto `path`. On any failure the temporary file is removed,
// `path` keeps its old contents (or stays absent) and std::runtime_error names
// the path and the reason. The parent directory must exist: creating it here
// would hide a mistyped output directory.
void write_file_atomically(const std::filesystem::path& path, const std::string& contents);

// Points the symlink `link` at `target` (stored as given, so a relative target
// keeps working when the tree is moved), replacing any previous symlink at
// `link` in one rename: readers see the old target or the new one, never
// nothing. Refuses (throws) to replace anything that is not a symlink.
void replace_symlink_atomically(const std::filesystem::path& link, const std::filesystem::path& target);

}  // namespace gradlab

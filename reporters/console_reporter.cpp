#include "reporters/console_reporter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace gradlab {

namespace {

template <class... Args>
std::string format(const char* fmt, Args... args) {
  char buf[256];
  std::snprintf(buf, sizeof buf, fmt, args...);
  return buf;
}

enum class Tone { kPlain, kPass, kFail, kNotApplicable, kBold };

class Painter {
 public:
  explicit Painter(bool color) : color_(color) {}
  std::string operator()(std::string_view text, Tone tone) const {
    if (!color_ || tone == Tone::kPlain || text.empty()) return std::string(text);
    const char* code = "";
    switch (tone) {
      case Tone::kPass: code = "\033[32m"; break;
      case Tone::kFail: code = "\033[31m"; break;
      case Tone::kNotApplicable: code = "\033[33m"; break;
      case Tone::kBold: code = "\033[1m"; break;
      case Tone::kPlain: break;
    }
    return code + std::string(text) + "\033[0m";
  }

 private:
  bool color_;
};

Tone tone_of(Verdict v) {
  switch (v) {
    case Verdict::kPass: return Tone::kPass;
    case Verdict::kFail:
    case Verdict::kError: return Tone::kFail;
    case Verdict::kNotApplicable: return Tone::kNotApplicable;
  }
  return Tone::kPlain;
}

// Terminal columns of UTF-8 text ("µ", "×", "—" are one column, several bytes).
std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (unsigned char c : s) w += (c & 0xC0) != 0x80;
  return w;
}

struct Cell {
  std::string text;
  Tone tone = Tone::kPlain;
};

enum class Align { kLeft, kRight };

// Widths come from the content, so names are never cut; colour codes are
// added after padding so they do not count as width.
class TextTable {
 public:
  // A person scrolling a long table should not have to scroll back for the
  // column names.
  static constexpr std::size_t kRepeatHeaderEvery = 50;

  TextTable(std::vector<std::string> header, std::vector<Align> align)
      : header_(std::move(header)), align_(std::move(align)) {}

  void add(std::vector<Cell> row) {
    row.resize(header_.size());
    rows_.push_back(std::move(row));
  }
  void separator() { rows_.emplace_back(); }
  std::size_t size() const { return rows_.size(); }

  void print(std::ostream& out, const Painter& paint) const {
    std::vector<std::size_t> width(header_.size());
    for (std::size_t c = 0; c < header_.size(); ++c) width[c] = display_width(header_[c]);
    for (const auto& row : rows_) {
      for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], display_width(row[c].text));
    }
    auto line = [&](const std::vector<Cell>& row) {
      std::string s = "  ";
      for (std::size_t c = 0; c < row.size(); ++c) {
        const std::size_t pad = width[c] - display_width(row[c].text);
        const bool last = c + 1 == row.size();
        if (align_[c] == Align::kRight) s += std::string(pad, ' ');
        s += paint(row[c].text, row[c].tone);
        if (align_[c] == Align::kLeft && !last) s += std::string(pad, ' ');
        if (!last) s += "  ";
      }
      while (!s.empty() && s.back() == ' ') s.pop_back();
      out << s << "\n";
    };
    std::vector<Cell> head, rule;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      head.push_back({header_[c], Tone::kBold});
      rule.push_back({std::string(width[c], '-')});
    }
    std::size_t since_header = 0;
    line(head);
    line(rule);
    for (const auto& row : rows_) {
      if (row.empty()) {
        out << "\n";
        continue;
      }
      if (since_header == kRepeatHeaderEvery) {
        line(rule);
        line(head);
        line(rule);
        since_header = 0;
      }
      line(row);
      ++since_header;
    }
  }

 private:
  std::vector<std::string> header_;
  std::vector<Align> align_;
  std::vector<std::vector<Cell>> rows_;
};

std::optional<double> number(const Json& metrics, const char* key) {
  if (!metrics.is_object()) return std::nullopt;
  auto it = metrics.find(key);
  if (it == metrics.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

// Integers and strings as JSON writes them, "-" when absent.
std::string metric_text(const Json& metrics, const char* key) {
  if (!metrics.is_object()) return "-";
  auto it = metrics.find(key);
  if (it == metrics.end() || it->is_null()) return "-";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

std::string digits_text(double d) { return format("%4.1f", d); }

// "F" for one failure, "F3" for three: the count matters, a lone 1 is noise.
std::string mark(char letter, std::size_t count) {
  if (count == 0) return "";
  return count == 1 ? std::string(1, letter) : letter + std::to_string(count);
}

std::string join_nonempty(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!s.empty()) s += ' ';
    s += p;
  }
  return s;
}

std::string counts_text(const VerdictCounts& c) {
  return format("%zu passed, %zu failed, %zu error%s, %zu not applicable", c.pass, c.fail, c.error,
                c.error == 1 ? "" : "s", c.not_applicable);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

template <class T>
std::size_t index_of(std::vector<T>& seen, const T& value) {
  auto it = std::find(seen.begin(), seen.end(), value);
  if (it != seen.end()) return static_cast<std::size_t>(it - seen.begin());
  seen.push_back(value);
  return seen.size() - 1;
}

using Records = std::vector<const Record*>;

// ---------------------------------------------------------------- accuracy

void print_accuracy(std::ostream& out, const Painter& paint, const Records& records) {
  struct Stats {
    double min_digits = std::numeric_limits<double>::infinity();
    bool has_digits = false;
    VerdictCounts counts;
  };
  std::vector<std::pair<std::string, int>> rows;
  std::vector<std::string> backends;
  std::map<std::string, std::set<int>> dims;
  std::map<std::pair<std::size_t, std::size_t>, Stats> cells;
  std::map<std::size_t, std::vector<double>> all_digits;
  for (const Record* r : records) {
    const std::size_t row = index_of(rows, {r->problem, r->n});
    const std::size_t col = index_of(backends, r->backend);
    dims[r->problem].insert(r->n);
    Stats& s = cells[{row, col}];
    s.counts.add(r->verdict);
    // Failed points carry digits too: they are what the minimum is about.
    if (auto d = number(r->metrics, "digits");
        d && (r->verdict == Verdict::kPass || r->verdict == Verdict::kFail)) {
      s.min_digits = std::min(s.min_digits, *d);
      s.has_digits = true;
      all_digits[col].push_back(*d);
    }
  }

  std::vector<std::string> header{"problem"};
  std::vector<Align> align{Align::kLeft};
  for (const auto& b : backends) {
    header.push_back(b);
    align.push_back(Align::kLeft);
  }
  TextTable table(header, align);
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const auto& [problem, n] = rows[row];
    std::vector<Cell> cells_out{{dims[problem].size() > 1 ? problem + " n=" + std::to_string(n) : problem}};
    for (std::size_t col = 0; col < backends.size(); ++col) {
      auto it = cells.find({row, col});
      if (it == cells.end()) {
        cells_out.push_back({"-"});
        continue;
      }
      const Stats& s = it->second;
      const VerdictCounts& c = s.counts;
      if (c.not_applicable == c.total()) {
        cells_out.push_back({"n/a", Tone::kNotApplicable});
        continue;
      }
      const std::string text = join_nonempty(
          {s.has_digits ? digits_text(s.min_digits) : "", mark('F', c.fail), mark('E', c.error)});
      cells_out.push_back({text, c.fail + c.error > 0 ? Tone::kFail : Tone::kPass});
    }
    table.add(std::move(cells_out));
  }
  table.separator();
  std::vector<Cell> median_row{{"median"}};
  for (std::size_t col = 0; col < backends.size(); ++col) {
    auto it = all_digits.find(col);
    median_row.push_back({it == all_digits.end() ? "-" : digits_text(median(it->second))});
  }
  table.add(std::move(median_row));
  table.print(out, paint);
  out << "  cells: min correct digits over the points; F failed, E error (count if > 1), n/a not "
         "applicable\n";
}

// ---------------------------------------------------------------- convergence

void print_convergence(std::ostream& out, const Painter& paint, const Records& records) {
  TextTable table({"problem", "n", "backend", "optimizer", "start", "status", "iterations", "f evals",
                   "g evals", "f − f*"},
                  {Align::kLeft, Align::kRight, Align::kLeft, Align::kLeft, Align::kLeft, Align::kLeft,
                   Align::kRight, Align::kRight, Align::kRight, Align::kRight});
  std::set<std::string> problems;
  for (const Record* r : records) problems.insert(r->problem);
  // Blank lines between problems only help when problems span several rows.
  const bool group = problems.size() < records.size();
  const std::string* previous = nullptr;
  for (const Record* r : records) {
    if (group && previous && *previous != r->problem) table.separator();
    previous = &r->problem;
    const Json& m = r->metrics;
    const auto gap = number(m, "f_minus_fstar");
    std::string status = metric_text(m, "status");
    if (status == "-") status = std::string(to_string(r->verdict));
    table.add({{r->problem},
               {std::to_string(r->n)},
               {r->backend},
               {metric_text(m, "optimizer")},
               {r->point},
               {status, tone_of(r->verdict)},
               {metric_text(m, "iterations")},
               {metric_text(m, "f_evaluations")},
               {metric_text(m, "g_evaluations")},
               {gap ? format("%.2e", *gap) : "—"}});
  }
  table.print(out, paint);
}

// ---------------------------------------------------------------- timing

std::string ratio_text(double r) {
  if (std::abs(r) >= 100) return format("×%.0f", r);
  return std::abs(r) >= 1 ? format("×%.1f", r) : format("×%.2g", r);
}

void print_timing(std::ostream& out, const Painter& paint, const Records& records) {
  std::vector<std::pair<std::string, int>> rows;
  std::vector<std::string> backends;
  std::map<std::pair<std::size_t, std::size_t>, const Record*> cells;
  std::map<std::size_t, double> value_ns;
  Records fits;
  for (const Record* r : records) {
    if (r->n <= 0) {
      fits.push_back(r);
      continue;
    }
    const std::size_t row = index_of(rows, {r->problem, r->n});
    const std::size_t col = index_of(backends, r->backend);
    cells[{row, col}] = r;
    if (auto v = number(r->metrics, "value_ns")) value_ns[row] = *v;
  }

  if (!rows.empty()) {
    std::vector<std::string> header{"problem", "n", "f(x)"};
    std::vector<Align> align{Align::kLeft, Align::kRight, Align::kRight};
    // Times right-aligned within their column and ratios after them, so both
    // line up down the column.
    std::vector<std::size_t> time_width(backends.size(), 0);
    for (const auto& [key, r] : cells) {
      if (auto g = number(r->metrics, "gradient_ns"); g && r->verdict == Verdict::kPass) {
        time_width[key.second] = std::max(time_width[key.second], display_width(format_nanoseconds(*g)));
      }
    }
    for (const auto& b : backends) {
      header.push_back(b);
      align.push_back(Align::kLeft);
    }
    TextTable table(header, align);
    for (std::size_t row = 0; row < rows.size(); ++row) {
      auto v = value_ns.find(row);
      std::vector<Cell> cells_out{{rows[row].first},
                                  {std::to_string(rows[row].second)},
                                  {v == value_ns.end() ? "-" : format_nanoseconds(v->second)}};
      for (std::size_t col = 0; col < backends.size(); ++col) {
        auto it = cells.find({row, col});
        if (it == cells.end()) {
          cells_out.push_back({"-"});
          continue;
        }
        const Record& r = *it->second;
        const auto g = number(r.metrics, "gradient_ns");
        const auto ratio = number(r.metrics, "ratio");
        if (r.verdict == Verdict::kNotApplicable) {
          cells_out.push_back({"n/a", Tone::kNotApplicable});
        } else if (r.verdict != Verdict::kPass || !g) {
          cells_out.push_back({r.verdict == Verdict::kFail ? "F" : "E", Tone::kFail});
        } else {
          const std::string time = format_nanoseconds(*g);
          std::string text(time_width[col] - display_width(time), ' ');
          text += time;
          if (ratio) text += ' ' + ratio_text(*ratio);
          cells_out.push_back({text});
        }
      }
      table.add(std::move(cells_out));
    }
    table.print(out, paint);
    out << "  cells: time of one gradient, and × its ratio to one value f(x)\n";
  }

  if (!fits.empty()) {
    out << "\n";
    TextTable table({"problem", "backend", "complexity", "coefficient", "rms"},
                    {Align::kLeft, Align::kLeft, Align::kLeft, Align::kRight, Align::kRight});
    for (const Record* r : fits) {
      if (r->verdict != Verdict::kPass) {
        const char* text = r->verdict == Verdict::kNotApplicable ? "n/a"
                           : r->verdict == Verdict::kFail        ? "F"
                                                                 : "E";
        table.add({{r->problem}, {r->backend}, {text, tone_of(r->verdict)}});
        continue;
      }
      const auto coefficient = number(r->metrics, "coefficient_ns");
      const auto rms = number(r->metrics, "rms");
      // Google Benchmark reports the fit's RMS relative to the times.
      table.add({{r->problem},
                 {r->backend},
                 {"O(" + metric_text(r->metrics, "big_o") + ")"},
                 {coefficient ? format_nanoseconds(*coefficient) : "-"},
                 {rms ? format("%.1f%%", *rms * 100) : "-"}});
    }
    table.print(out, paint);
  }
}

// ---------------------------------------------------------------- other kinds

void print_generic(std::ostream& out, const Painter& paint, const Records& records) {
  TextTable table({"case", "verdict"}, {Align::kLeft, Align::kLeft});
  for (const Record* r : records)
    table.add({{r->name}, {std::string(to_string(r->verdict)), tone_of(r->verdict)}});
  table.print(out, paint);
}

// ---------------------------------------------------------------- failures

std::string case_name(const Record& r) {
  if (!r.name.empty()) return r.name;
  return r.suite + "/" + r.problem + "/n:" + std::to_string(r.n) + "/" + r.backend + "/" + r.point;
}

void print_failure(std::ostream& out, const Painter& paint, const Record& r) {
  const std::string indent = "         ";
  const std::string verdict = r.verdict == Verdict::kFail ? "FAIL" : "ERROR";
  out << "  " << paint(verdict, Tone::kFail) << std::string(7 - verdict.size(), ' ') << case_name(r) << "\n";
  std::istringstream message(r.message.empty() ? "(no message)" : r.message);
  for (std::string line; std::getline(message, line);) out << indent << line << "\n";

  const Json& m = r.metrics;
  const std::string tolerance = r.tolerance ? format("%.3g", *r.tolerance) : "";
  if (r.kind == "accuracy" && m.contains("worst_index")) {
    const std::string where =
        m.contains("worst_row")
            ? "worst entry H(" + metric_text(m, "worst_row") + "," + metric_text(m, "worst_column") + ")"
            : "worst component g[" + metric_text(m, "worst_index") + "]";
    out << indent << where << ": value " << format("%.17g", number(m, "worst_value").value_or(NAN))
        << ", reference " << format("%.17g", number(m, "worst_reference").value_or(NAN)) << "\n";
    out << indent << "max relative error " << format("%.3g", number(m, "max_rel_error").value_or(NAN));
    if (!tolerance.empty()) out << ", tolerance " << tolerance;
    out << ", correct digits " << format("%.1f", number(m, "digits").value_or(NAN)) << "\n";
  } else if (r.kind == "convergence" && m.contains("status")) {
    out << indent << metric_text(m, "optimizer") << " " << metric_text(m, "status") << " after "
        << metric_text(m, "iterations")
        << " iterations: f = " << format("%.17g", number(m, "final_f").value_or(NAN))
        << ", |g|inf = " << format("%.3g", number(m, "grad_inf_norm").value_or(NAN));
    if (!tolerance.empty()) out << ", tolerance (gtol) " << tolerance;
    if (auto gap = number(m, "f_minus_fstar")) out << ", f − f* = " << format("%.3g", *gap);
    out << "\n";
  } else if (!tolerance.empty()) {
    out << indent << "tolerance " << tolerance << "\n";
  }
}

}  // namespace

std::string format_nanoseconds(double ns) {
  if (!std::isfinite(ns)) return format("%g ns", ns);
  // Round to 3 significant digits first so 999.7 ns becomes "1.00 µs", not "1000 ns".
  const double rounded = std::strtod(format("%.3g", ns).c_str(), nullptr);
  static constexpr std::pair<double, const char*> kUnits[] = {
      {1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
  for (const auto& [scale, unit] : kUnits) {
    if (std::abs(rounded) >= scale || scale == 1) {
      const double v = rounded / scale;
      const char* f = std::abs(v) >= 100 ? "%.0f %s" : std::abs(v) >= 10 ? "%.1f %s" : "%.2f %s";
      return format(f, v, unit);
    }
  }
  return "";
}

ConsoleReporter::ConsoleReporter(std::ostream& out, bool color) : out_(out), color_(color) {}

void ConsoleReporter::on_run_start(const RunInfo& info) {
  info_ = info;
  records_.clear();
  std::size_t cases = 0;
  for (const auto& s : info.suites) cases += s.cases;
  out_ << "gradlab run " << info.run_id << ": " << cases << (cases == 1 ? " case" : " cases") << " in "
       << info.suites.size() << " suite" << (info.suites.size() == 1 ? "" : "s");
  if (!info.config_path.empty()) out_ << " (" << info.config_path << ")";
  out_ << "\n" << std::flush;
}

void ConsoleReporter::on_record(const Record& record) { records_.push_back(record); }

void ConsoleReporter::on_run_end(const RunSummary& summary) {
  const Painter paint(color_);

  // Suites in the run's order; a record from a suite the run did not announce
  // still gets shown rather than dropped.
  std::vector<SuiteInfo> suites = info_.suites;
  std::map<std::string, Records> by_suite;
  for (const Record& r : records_) {
    Records& list = by_suite[r.suite];
    if (list.empty() &&
        std::none_of(suites.begin(), suites.end(), [&](const SuiteInfo& s) { return s.name == r.suite; })) {
      suites.push_back({r.suite, r.kind, 0});
    }
    list.push_back(&r);
  }

  for (const SuiteInfo& s : suites) {
    const Records& records = by_suite[s.name];
    if (records.empty() && s.cases == 0) {
      out_ << "\n" << paint(s.name + " [" + s.kind + "]", Tone::kBold) << ": no cases selected\n";
      continue;
    }
    VerdictCounts counts;
    for (const Record* r : records) counts.add(r->verdict);
    out_ << "\n"
         << paint(s.name + " [" + s.kind + "]", Tone::kBold) << " " << records.size() << " case"
         << (records.size() == 1 ? "" : "s");
    if (records.size() != s.cases && s.cases != 0) out_ << " (of " << s.cases << " selected)";
    out_ << ": " << counts_text(counts) << "\n";
    if (records.empty()) continue;
    if (s.kind == "accuracy") {
      print_accuracy(out_, paint, records);
    } else if (s.kind == "convergence") {
      print_convergence(out_, paint, records);
    } else if (s.kind == "timing") {
      print_timing(out_, paint, records);
    } else {
      print_generic(out_, paint, records);
    }
  }

  Records failures;
  for (const Record& r : records_) {
    if (r.verdict == Verdict::kFail || r.verdict == Verdict::kError) failures.push_back(&r);
  }
  if (!failures.empty()) {
    out_ << "\n" << paint("Failures (" + std::to_string(failures.size()) + ")", Tone::kBold) << "\n";
    for (const Record* r : failures) print_failure(out_, paint, *r);
  }

  const VerdictCounts& c = summary.counts;
  const std::string totals =
      format("%zu cases: %zu passed, %zu failed, %zu errors, %zu not applicable (%.1fs)", c.total(), c.pass,
             c.fail, c.error, c.not_applicable, summary.wall_seconds);
  out_ << "\n" << paint(totals, c.fail + c.error > 0 ? Tone::kFail : Tone::kPass) << "\n" << std::flush;
}

}  // namespace gradlab

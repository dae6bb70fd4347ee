#include "reporters/reporter.h"

namespace gradlab {

void VerdictCounts::add(Verdict v) {
  switch (v) {
    case Verdict::kPass: ++pass; break;
    case Verdict::kFail: ++fail; break;
    case Verdict::kNotApplicable: ++not_applicable; break;
    case Verdict::kError: ++error; break;
  }
}

}  // namespace gradlab

#include "core/ad_scalars.h"

namespace gradlab {

double value_of(const EigenAd& x) { return x.value(); }
double value_of(const ::badouble& x) { return x.getValue(); }

}  // namespace gradlab

#pragma once
// Big integers: where an integer outgrows 64 bits it is a Boost.Multiprecision cpp_int
// (term.cpp keeps it). This header is for the few places that compute on them directly
// (Bitwise, Float.round/ratio): a Term to and from a cpp_int, and a cpp_int to and from
// decimal text. The text conversions are taskplay's own, not cpp_int's string constructor
// and str(): those go through the C++ locale machinery, which alone adds about 19 KB
// gzipped to the page (bench/ANALYSIS.md, section 7).

#include <boost/multiprecision/cpp_int.hpp>
#include <string>
#include <string_view>

#include "taskplay/term.hpp"

namespace taskplay::number {

using boost::multiprecision::cpp_int;

cpp_int to_big(const Term& integer);           // any integer
Term from_bigint(const cpp_int& v);            // a small integer when it fits in 64 bits
std::string decimal(cpp_int v);                // "-123..."
cpp_int parse_decimal(std::string_view text);  // an optional sign, then decimal digits

}  // namespace taskplay::number

#include "taskplay/version.hpp"

#include "vigil/dictionaries.h"

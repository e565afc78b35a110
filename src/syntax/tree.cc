#include "vigil/tree.h"

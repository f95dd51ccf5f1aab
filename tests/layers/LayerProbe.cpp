// Built only by the ModelsLayers tests, which expect it NOT to compile: the
// header named by RENTFLOW_PROBE_HEADER belongs to a layer this probe's layer
// may not use (tests/layers/CMakeLists.txt).
#include RENTFLOW_PROBE_HEADER

#include <yajl/yajl_parse.h>

/* yajl_config takes its value through "...", which Swift cannot call. */
static inline int yajl_config_flag(yajl_handle handle, yajl_option option, int on) {
    return yajl_config(handle, option, on);
}

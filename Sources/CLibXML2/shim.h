// libxml2's headers pull in the system ICU when LIBXML_ICU_ENABLED is set; those
// declarations clash with the ICU bundled in Foundation ("UErrorCode has different
// definitions"). zitdocs never uses libxml2's ICU encoders, so switch them off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlmemory.h>

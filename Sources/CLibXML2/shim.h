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

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state;
// calling it through a function keeps strict concurrency checking clean.
static inline void zit_xml_free(void *memory) { xmlFree(memory); }

#ifndef NESTLINT_CLIBXML2_SHIM_H
#define NESTLINT_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers then include the system ICU headers, which
 * clash with the ICU module bundled in Foundation. nestlint never uses libxml2's ICU support,
 * so drop it before any other libxml2 header is seen. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* XML_PARSE_NO_XXE appeared in libxml2 2.13; older releases never load external entities
 * unless asked (no NOENT, no DTDLOAD), so 0 keeps the option set the same. */
#if LIBXML_VERSION >= 21300
#define NESTLINT_XML_PARSE_NO_XXE XML_PARSE_NO_XXE
#else
#define NESTLINT_XML_PARSE_NO_XXE 0
#endif

static const int nestlint_xml_parse_no_xxe = NESTLINT_XML_PARSE_NO_XXE;

/* Swift 6 rejects calls through the mutable global function pointer xmlFree. */
static inline void nestlint_xml_free(void *pointer) { xmlFree(pointer); }

#endif

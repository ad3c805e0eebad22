#ifndef NESTLINT_CLIBXML2_SHIM_H
#define NESTLINT_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers then include the system ICU headers, which
 * clash with the ICU module bundled in Foundation. nestlint never uses libxml2's ICU support,
 * so drop it before any other libxml2 header is seen. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
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

/* xmlCtxtReadMemory, with one difference for plain UTF-8 documents on libxml2 before 2.12.
 *
 * There the whole document is copied into the input buffer at once, but the buffer keeps a
 * read callback, and every GROW check of the parser within 250 bytes of the end (all of a
 * small domain) calls it again: buffer bookkeeping that cost as much as a tenth of parsing a
 * libvirt domain. When the document needs no conversion (`plain_utf8`: no byte order mark other
 * than UTF-8's, no encoding declaration), the callback is dropped after the copy: the parser
 * then knows at once that nothing more will come, exactly as it learns from the callback. A
 * document that declares or implies another encoding keeps the callback, which feeds the
 * converter as the parser goes. Otherwise the steps are xmlCtxtReadMemory's own. */
static inline xmlDocPtr nestlint_xml_read_memory(xmlParserCtxtPtr ctxt, const char *bytes, int size, const char *url,
                                                 int options, int plain_utf8) {
#if LIBXML_VERSION < 21200
    xmlParserInputBufferPtr buffer;
    xmlParserInputPtr stream;
    xmlDocPtr document;
    if (!plain_utf8) return xmlCtxtReadMemory(ctxt, bytes, size, url, NULL, options);
    xmlCtxtReset(ctxt);
    buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    if (buffer == NULL) return NULL;
    buffer->readcallback = NULL;
    stream = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (stream == NULL) {
        xmlFreeParserInputBuffer(buffer);
        return NULL;
    }
    inputPush(ctxt, stream);
    xmlCtxtUseOptions(ctxt, options);
    if (url != NULL && ctxt->input != NULL && ctxt->input->filename == NULL)
        ctxt->input->filename = (char *)xmlStrdup((const xmlChar *)url);
    xmlParseDocument(ctxt);
    document = ctxt->myDoc;
    ctxt->myDoc = NULL;
    if (document != NULL && !ctxt->wellFormed) {
        xmlFreeDoc(document);
        document = NULL;
    }
    return document;
#else
    (void)plain_utf8;
    return xmlCtxtReadMemory(ctxt, bytes, size, url, NULL, options);
#endif
}

/* Swift 6 rejects calls through the mutable global function pointer xmlFree. */
static inline void nestlint_xml_free(void *pointer) { xmlFree(pointer); }

#endif

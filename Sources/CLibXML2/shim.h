#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/uri.h>
#include <stdio.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void planet_xml_free(void *pointer) { xmlFree(pointer); }

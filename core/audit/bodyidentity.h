#pragma once

#include "reading/report.h"

#include <QString>

namespace Dz
{

/**
 * Which body a report is by, so that one body's reports of several years
 * are told from other bodies' (the follow-up of last year's plans, a body
 * copying its own earlier report, boilerplate counted by bodies).
 *
 * A body is a place and a kind of body: the place's GB/T 2260 code (or its
 * name where the gazetteer cannot tell it apart) and the agency's full name
 * (卫生健康委 and 卫生健康委员会 are one), from the identity metadata; a
 * unit of the agency the identity names (a 支队 of a 公安局) is a body of
 * its own. The
 * analyst's identity (Edit Identity) wins: a district given is looked up in
 * the gazetteer, an issuer given names the agency. A body whose place the
 * gazetteer does not list is its issuer as written; a report that names
 * neither place nor body has no key, and is then never taken for another
 * report's body.
 */
class BodyIdentity
{
public:
    /// The key two reports of one body share; empty when the report names no place and no body.
    static QString keyOf(const Report &report);
};

} // namespace Dz

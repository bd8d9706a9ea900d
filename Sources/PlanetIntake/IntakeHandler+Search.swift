import Foundation
import PlanetCore
import PlanetRender
import PlanetSearch

/// `GET /search?q=…&member=…&tag=…&year=…&page=…`: the site's search, when `planet.yaml` has `search:`. The query
/// is parsed by planet into terms and phrases (`SearchQuery`), never read as FTS5 syntax; each request spends a
/// token of its network's rate limit, as a comment does. The query is neither logged (the log line has the path
/// only) nor kept.
extension IntakeHandler {
    static let searchResultsPerPage = 10
    /// Pages beyond this are not served: nobody reads them, and deep offsets cost.
    static let searchMaximumPage = 100

    func search(_ request: IntakeRequest, network: String, now: Date) async -> IntakeResponse {
        let site = await state.site
        let strings = IntakeStrings.forSite(site)
        guard site.searchDocuments != nil, let pages = site.pages, let search = state.search else {
            return page(.notFound, ResponsePage.refusal(strings.notFound, site: site), site: site)
        }
        guard await state.admit(network, now: now) else {
            return page(.tooManyRequests, ResponsePage.refusal(strings.tooMany, site: site), site: site, headers: [("Retry-After", "60")])
        }
        guard let fields = try? FormDecoding.decode(Array(request.query.utf8)) else {
            return page(.badRequest, ResponsePage.refusal(strings.badForm, site: site), site: site)
        }
        let query = SearchQuery(fields["q"] ?? "")
        let member = Self.filterValue(fields["member"]), tag = Self.filterValue(fields["tag"])
        let year = fields["year"].flatMap { Int($0) }.flatMap { (1...9999).contains($0) ? $0 : nil }
        let pageNumber = fields["page"].flatMap { Int($0) }.map { min(max($0, 1), Self.searchMaximumPage) } ?? 1
        var answer = SearchAnswer(
            query: query.text, member: member, tag: tag, year: year.map(String.init) ?? "", page: pageNumber,
            perPage: Self.searchResultsPerPage)
        if !query.parts.isEmpty {
            do {
                guard let results = try search.search(
                    query, filter: SearchFilter(memberID: member, tagKey: Slug.groupingKey(tag), year: year ?? 0),
                    page: pageNumber, perPage: Self.searchResultsPerPage)
                else {
                    return page(.serviceUnavailable, ResponsePage.refusal(strings.notFound, site: site), site: site)
                }
                answer.total = results.total
                answer.more = results.more
                answer.hits = results.hits.map { hit in
                    SearchAnswer.Hit(path: hit.path, snippet: hit.snippet.map { (text: $0.text, marked: $0.marked) })
                }
            } catch {
                return page(.serviceUnavailable, ResponsePage.refusal(strings.notFound, site: site), site: site)
            }
        }
        return page(.ok, pages.renderSearch(answer), site: site)
    }

    /// A filter's value: one line, at most 100 characters; empty for none.
    static func filterValue(_ value: String?) -> String {
        String((value ?? "").unicodeScalars.filter { $0.properties.generalCategory != .control }.prefix(100)
            .reduce(into: "") { $0.unicodeScalars.append($1) }).trimmingCharacters(in: .whitespaces)
    }
}

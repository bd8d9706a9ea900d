import Foundation
import PlanetCore
import PlanetTemplate

extension IntakePages {
    static let searchTemplate = "search"

    /// The results page of a search (`templates/search.mustache`), in the site's layout and language.
    public func renderSearch(_ answer: SearchAnswer) -> [UInt8] {
        let values = searchValues(answer).encoded
        switch renderer.html(Self.searchTemplate, values) {
        case .success(let html): return html
        case .failure: return Array("<!DOCTYPE html><title>\(context.strings["search_title"])</title>".utf8)
        }
    }

    /// `<search>?q=…&member=…&tag=…&year=…&page=…`, each value percent-encoded, empty ones left out.
    func searchURL(_ answer: SearchAnswer, page: Int, filtered: Bool = true) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        var pairs = [("q", answer.query)]
        if filtered { pairs += [("member", answer.member), ("tag", answer.tag), ("year", answer.year)] }
        if page > 1 { pairs.append(("page", String(page))) }
        let query = pairs.filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return (context.site.config.searchURL ?? "/search") + "?" + query
    }

    /// A results page, a page without results and one without a query: what `make` renders once.
    func searchTrials() -> [SearchAnswer] {
        let commentHits = context.site.posts.prefix(3).compactMap { post in
            context.site.commentsByPost[post.path]?.first.map { SearchAnswer.Hit(path: post.path + "#comment-" + $0.id, snippet: [("c", true)]) }
        }
        let hits = context.site.posts.prefix(2).map { SearchAnswer.Hit(path: $0.path, snippet: [("a ", false), ("<b>", true), (" c", false)]) }
        return [
            SearchAnswer(query: "<q> \"a b\"", member: "m", tag: "t", year: "2024", total: 25, page: 2, perPage: 10, hits: hits),
            SearchAnswer(query: "q", total: 1000, more: true, hits: commentHits),
            SearchAnswer(query: "q"), SearchAnswer(query: ""),
        ]
    }

    func searchValues(_ answer: SearchAnswer) -> PendingValue {
        let site = context.site
        let strings = context.strings
        let results = answer.hits.compactMap { hit -> SearchResultValues? in
            let parts = hit.path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard let post = site.post(at: String(parts[0])) else { return nil }
            let snippet = hit.snippet.map { SnippetValues(text: $0.text, marked: $0.marked) }
            guard parts.count == 2 else {
                return SearchResultValues(
                    title: post.title, url: context.link(post.path), author: context.authorSummary(post.authorID),
                    dateISO: RFC3339.string(post.date), dateDisplay: context.dates.date(post.date), snippet: snippet)
            }
            guard let comment = site.commentsByPost[post.path]?.first(where: { "comment-" + $0.id == parts[1] }) else { return nil }
            return SearchResultValues(
                title: post.title, url: context.link(post.path) + "#" + parts[1], author: context.authorSummary(post.authorID),
                dateISO: RFC3339.string(comment.date), dateDisplay: context.dates.date(comment.date), snippet: snippet,
                commentBy: strings.format("search_comment_by", ["name": comment.authorName]))
        }
        let hasQuery = !answer.query.isEmpty
        let filtered = !(answer.member.isEmpty && answer.tag.isEmpty && answer.year.isEmpty)
        let title = hasQuery ? strings.format("search_results_title", ["query": answer.query]) : strings["search_title"]
        let totalPages = max(1, (answer.total + answer.perPage - 1) / max(1, answer.perPage))
        let values = SearchPageValues(
            query: answer.query, actionURL: site.config.searchURL ?? "", member: answer.member, tag: answer.tag, year: answer.year,
            hasQuery: hasQuery, countLabel: answer.more
                ? strings.format("results_more", ["count": strings.number(answer.total)]) : strings.plural("results", count: answer.total), results: results,
            noResults: hasQuery && answer.total == 0, filtered: filtered,
            unfilteredURL: filtered ? searchURL(answer, page: 1, filtered: false) : "", archivesURL: context.link(DateArchive.path))
        let pagination = totalPages > 1 && answer.page <= totalPages
            ? Pagination(
                current: answer.page, total: totalPages,
                prevURL: answer.page > 1 ? searchURL(answer, page: answer.page - 1) : "",
                nextURL: answer.page < totalPages ? searchURL(answer, page: answer.page + 1) : "",
                label: strings.format("page_of", ["current": strings.number(answer.page), "total": strings.number(totalPages)]))
            : nil
        let common = context.base(path: "/", heading: title, description: "", feeds: [])
        return PendingValue(encoding: PageContext(common, SearchPage(search: values, pagination: pagination)))
    }
}

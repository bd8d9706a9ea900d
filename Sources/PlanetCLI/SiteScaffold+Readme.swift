/// The community's README: how to write, comment and moderate.
extension SiteScaffold {
    var readme: String {
        """
        # \(title)

        This repository is the whole site: each member writes in their own folder, readers' comments arrive \
        as files, and [planet](https://github.com/your-organisation/planet) builds it all into a static site. \
        Every pull request is checked, and every push to `main` is published (see `.github/workflows/planet.yml`).

        ## Write

        Your folder is `authors/<your-id>/`: your profile (`author.yaml`, an `avatar.png` if you like) and your \
        posts in `posts/`. Ask a maintainer to add you, or add yourself in your first pull request:

        ```sh
        planet new author your-id --name "Your Name"
        ```

        Then, for each post:

        ```sh
        planet new post "The title of my post" --author your-id --tags health,winter
        planet serve          # preview at http://127.0.0.1:8080/, reloaded on every save
        planet check          # what the pull request check will say: errors, broken links
        git checkout -b my-post && git add authors/your-id && git commit -m "My post" && git push
        ```

        and open a pull request. A pull request of yours may change only your own folder (and add comments); \
        the check tells you if it does more. A post is Markdown after a few lines of front matter \
        (`title`, `date`, `tags`, `summary`, `draft: true` to keep it unpublished).

        ## Comment

        A comment is a file: `comments/<member-id>/<post-slug>/<date>-<name>.md`. Anyone may propose one in a \
        pull request; a form service or a bot writes it with:

        ```sh
        echo "Thank you for this post!" | planet comment new your-id/the-title-of-my-post --name "A reader"
        ```

        ## Moderate

        Moderation is a merge: read the pull request, then merge it or close it. To keep an unwanted comment \
        on record, merge it with `status: spam`; to hold one back, `status: pending`. Members moderate the \
        comments on their own posts; changes to other comments, to `planet.yaml`, `pages/`, `static/` and \
        `themes/` are for maintainers.

        ## Publish

        The workflow builds `main` and publishes it to GitHub Pages (Settings → Pages → Source: GitHub Actions). \
        Set `base_url` in `planet.yaml` to the site's address. For another host, replace the workflow's last \
        steps with your host's upload: the site is plain files in `public/` after `planet build`.

        """
    }
}

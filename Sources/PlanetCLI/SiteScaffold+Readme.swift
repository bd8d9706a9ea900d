/// The community's README: how to write, comment and moderate, in English or in French.
extension SiteScaffold {
    var readme: String {
        """
        # \(title)

        This repository is the whole site: each member writes in their own folder, readers' comments arrive \
        as files, and [planet](https://github.com/\(planetRepository)) builds it all into a static site. \
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

        ### Without a terminal, in the forge's web editor

        Nothing needs installing: the forge's web pages do it all, and the pull request's check shows any problem \
        on the line at fault.

        1. In the repository, open your folder `authors/<your-id>/posts/` and create a file there: *Add file → \
        Create new file* on GitHub, *+ → New file* on GitLab, *New File* on Gitea and Forgejo.
        2. Name it `YYYY-MM-DD-the-title.md`: the date, then the title in lowercase words joined by `-`, such as \
        `2025-03-14-visits-in-winter.md`. For a post with images, name it `2025-03-14-visits-in-winter/index.md` \
        (typing `/` makes the folder), then upload the images into that folder, beside `index.md`.
        3. Write the front matter, then your text in Markdown:

           ```markdown
           ---
           title: "Visits in winter"
           date: 2025-03-14
           tags: [health, winter]
           ---
           The first paragraph is the post's summary.
           ```

        4. Commit on a new branch and open the request: *Create a new branch for this commit and start a pull \
        request* on GitHub (*Propose changes* when you are not a collaborator), *Start a new merge request \
        with these changes* on GitLab, *Create a new branch for this commit and start a pull request* on \
        Gitea and Forgejo. If the check fails, open the file in the request's branch, edit it (the pencil), \
        and commit again on the same branch.

        ## Comment

        A comment is a file: `comments/<member-id>/<post-slug>/<date>-<name>.md`. Anyone may propose one in a \
        pull request; a form service or a bot writes it with:

        ```sh
        echo "Thank you for this post!" | planet comment new your-id/the-title-of-my-post --name "A reader"
        ```

        In the web editor, create `comments/<member-id>/<post-slug>/YYYY-MM-DDTHH-MM-SS-your-name.md`: the \
        member's id and the post's slug are the two parts of its address (`/claire/visits-in-winter/`), the date and \
        time with `-` instead of `:`, your name in lowercase words joined by `-`, such as \
        `comments/claire/visits-in-winter/2025-03-15T18-05-00-julie-r.md`. Write:

        ```markdown
        ---
        author: "Julie R."
        date: 2025-03-15 18:05
        ---
        Thank you for this post!
        ```

        To answer a comment, add a line `reply_to:` with its id (the end of its link, after `#comment-`). Then open \
        a pull request as for a post. When `repository` is set in `planet.yaml` and the site has no comment form, \
        each post links to the forge's editor with this file already filled in.

        ## Moderate

        With the comment form (`comments.intake` in `planet.yaml`), nothing a reader sends is public before a \
        moderator reads it: pending comments wait on the comment service's host, never in this repository. \
        Each member moderates the comments on their own posts, from a phone, without a forge account: the \
        service's operator runs `planet intake moderator add your-id --member your-id --spool <spool>` and sends \
        you the one-time sign-in link it prints; the moderation page lists what waits, with Approve, Refuse \
        and Spam buttons, and a private Atom feed tells you when something arrives. An approved comment is \
        committed here by the service. A comment proposed by pull request is moderated by merging or closing \
        it. Changes to other members' comments, to `planet.yaml`, `pages/`, `static/` and `themes/` are for \
        maintainers.

        ## Publish

        The workflow builds `main` and publishes it to GitHub Pages (Settings → Pages → Source: GitHub Actions). \
        Set `base_url` in `planet.yaml` to the site's address. For another host, replace the workflow's last \
        steps with your host's upload: the site is plain files in `public/` after `planet build`.

        """
    }

    var frenchReadme: String {
        """
        # \(title)

        Ce dépôt est le site tout entier : chaque membre écrit dans son propre dossier, les commentaires des \
        lecteurs arrivent sous forme de fichiers, et [planet](https://github.com/\(planetRepository)) en fait un \
        site statique. Chaque pull request est vérifiée, et chaque push sur `main` est publié (voir \
        `.github/workflows/planet.yml`).

        ## Écrire

        Votre dossier est `authors/<votre-id>/` : votre profil (`author.yaml`, et un `avatar.png` si vous le \
        souhaitez) et vos billets dans `posts/`. Demandez à un mainteneur de vous ajouter, ou ajoutez-vous dans \
        votre première pull request :

        ```sh
        planet new author votre-id --name "Votre Nom"
        ```

        Puis, pour chaque billet :

        ```sh
        planet new post "Le titre de mon billet" --author votre-id --tags santé,hiver
        planet serve          # aperçu sur http://127.0.0.1:8080/, rechargé à chaque enregistrement
        planet check          # ce que dira la vérification de la pull request : erreurs, liens cassés
        git checkout -b mon-billet && git add authors/votre-id && git commit -m "Mon billet" && git push
        ```

        puis ouvrez une pull request. Une pull request ne peut modifier que votre propre dossier (et ajouter \
        des commentaires) ; la vérification vous le signale si elle en fait davantage. Un billet est écrit en \
        Markdown après quelques lignes d’en-tête (`title`, `date`, `tags`, `summary`, `draft: true` pour le \
        garder non publié).

        ### Sans terminal, dans l’éditeur web de la forge

        Rien à installer : les pages web de la forge suffisent, et la vérification de la pull request signale \
        chaque problème sur la ligne en cause.

        1. Dans le dépôt, ouvrez votre dossier `authors/<votre-id>/posts/` et créez-y un fichier : *Add file → \
        Create new file* sur GitHub, *+ → Nouveau fichier* sur GitLab, *Nouveau fichier* sur Gitea et Forgejo.
        2. Nommez-le `AAAA-MM-JJ-le-titre.md` : la date, puis le titre en minuscules, sans accents, les mots reliés \
        par des `-`, par exemple `2025-03-14-visites-en-hiver.md`. Pour un billet avec des images, nommez-le \
        `2025-03-14-visites-en-hiver/index.md` (taper `/` crée le dossier), puis déposez les images dans ce \
        dossier, à côté d’`index.md`.
        3. Écrivez l’en-tête, puis votre texte en Markdown :

           ```markdown
           ---
           title: "Visites en hiver"
           date: 2025-03-14
           tags: [santé, hiver]
           ---
           Le premier paragraphe est le résumé du billet.
           ```

        4. Enregistrez (commit) sur une nouvelle branche et ouvrez la demande : *Create a new branch for this \
        commit and start a pull request* sur GitHub (*Propose changes* si vous n’êtes pas collaborateur ou \
        collaboratrice), *Créer une nouvelle merge request avec ces modifications* sur GitLab, *Créer une \
        nouvelle branche pour cette révision et initier une demande d’ajout* sur Gitea et Forgejo. Si la \
        vérification échoue, ouvrez le fichier dans la branche de la demande, modifiez-le (le crayon) et \
        enregistrez de nouveau sur la même branche.

        ## Commenter

        Un commentaire est un fichier : `comments/<id-du-membre>/<slug-du-billet>/<date>-<nom>.md`. Chacun peut \
        en proposer un dans une pull request ; un service de formulaire ou un robot l’écrit avec :

        ```sh
        echo "Merci pour ce billet !" | planet comment new votre-id/le-titre-de-mon-billet --name "Une lectrice"
        ```

        Dans l’éditeur web, créez `comments/<id-du-membre>/<slug-du-billet>/AAAA-MM-JJTHH-MM-SS-votre-nom.md` : \
        l’id du membre et le slug du billet sont les deux parties de son adresse (`/claire/visites-en-hiver/`), la \
        date et l’heure avec des `-` au lieu des `:`, votre nom en minuscules, les mots reliés par des `-`, \
        par exemple `comments/claire/visites-en-hiver/2025-03-15T18-05-00-julie-r.md`. Écrivez :

        ```markdown
        ---
        author: "Julie R."
        date: 2025-03-15 18:05
        ---
        Merci pour ce billet !
        ```

        Pour répondre à un commentaire, ajoutez une ligne `reply_to:` suivie de son id (la fin de son lien, après \
        `#comment-`). Ouvrez ensuite une pull request comme pour un billet. Quand `repository` est renseigné dans \
        `planet.yaml` et que le site n’a pas de formulaire de commentaire, chaque billet propose un lien vers \
        l’éditeur de la forge, avec ce fichier déjà rempli.

        ## Modérer

        Avec le formulaire de commentaire (`comments.intake` dans `planet.yaml`), rien de ce qu’envoie un lecteur \
        n’est public avant qu’une personne de la modération l’ait lu : les commentaires en attente restent sur \
        le serveur du service de commentaires, jamais dans ce dépôt. Chaque membre modère les commentaires de \
        ses propres billets, depuis un téléphone, sans compte sur la forge : la personne qui gère le service lance \
        `planet intake moderator add votre-id --member votre-id --spool <spool>` et vous envoie le lien de \
        connexion (à usage unique) qu’affiche la commande ; la page de modération liste ce qui attend, avec les \
        boutons Accepter, Refuser et Indésirable, et un flux Atom privé vous prévient quand un commentaire \
        arrive. Un commentaire accepté est versé ici par le service. Un commentaire proposé par pull request se \
        modère en la fusionnant ou en la fermant. Les modifications des commentaires des autres membres, de \
        `planet.yaml`, de `pages/`, de `static/` et de `themes/` reviennent aux mainteneurs.

        ## Publier

        Le workflow construit `main` et le publie sur GitHub Pages (Settings → Pages → Source : GitHub \
        Actions). Indiquez l’adresse du site dans `base_url`, dans `planet.yaml`. Pour un autre hébergeur, \
        remplacez les dernières étapes du workflow par l’envoi vers votre hébergeur : après `planet build`, le \
        site est fait de simples fichiers dans `public/`.

        """
    }
}

"""The pages: each kind of page (pages/) rendered by its template (templates/), with pictures, paging and the theme.

``render`` renders every page a site has; ``pages/`` says what each kind of page
is (path, template, the names its template gets), ``helpers`` what every template
can call, ``engine`` runs the templates in a sandbox with the user's overrides,
``markup`` escapes text into Markdown and HTML, ``labels`` words the vocabulary,
``pictures`` draws the charts and maps, ``paging`` splits long lists by period,
``addresses`` says where pages land in a built site, ``commonmark`` converts the
pages with cmark-gfm as Python-Markdown would, ``links`` checks every link they
write, ``dialect`` compares the two engines' DOMs, ``feed`` writes the Atom
feed, ``identity`` who publishes the site and the prefix every id it publishes is made under, ``search``
feeds Pagefind, ``theming`` + ``theme/`` give the site its look.
"""

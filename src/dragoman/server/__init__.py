"""The REST API and web dashboard of Dragoman: ``dragoman serve``.

``dragoman.server.app.create_app(Settings(db=...))`` builds the FastAPI application over
one store; the routes call the same store query methods and library functions the CLI
uses (see ``docs/api.md``). Nothing here is imported by the CLI until ``serve`` runs, so
FastAPI stays an optional extra.
"""

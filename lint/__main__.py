"""Allow ``python -m lint``."""

from lint.entry import main

main()

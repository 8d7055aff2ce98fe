"""`python -m audit` runs the mtaudit command line."""

from audit.entry import main

main()

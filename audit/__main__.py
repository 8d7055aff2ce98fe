"""`python -m audit` runs the mtaudit command line."""

from audit.cli import main

main(prog_name="mtaudit")

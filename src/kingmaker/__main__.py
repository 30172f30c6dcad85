"""`python -m kingmaker` runs the CLI."""
from kingmaker.cli import main

if __name__ == "__main__":
    main()

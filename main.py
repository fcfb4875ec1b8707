"""Start CallAssist: ``python main.py [--db URL] [COMMAND ...]`` (PRODUCT.md section 5, ``--help`` for more)."""

import sys

import callassist.cli

if __name__ == "__main__":
    sys.exit(callassist.cli.main())

import sys

from skillhive.cli import main

sys.exit(main())

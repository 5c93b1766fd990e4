"""Accept a change of the published contract once CHANGELOG.md announces it.

    python tools/contract.py            # show what changed and whether it is announced
    python tools/contract.py --update   # record the contract (only when all is announced)

The contract is the published JSON Schemas, the readiness rule codes, the
document problem codes and the command line's exit codes
(``tests/contract.py``). ``tests/test_contract.py`` fails until a change is
recorded here; recording needs, for every changed item, a line in CHANGELOG.md
that was not there at the last update and names it: the code (``GOV101``,
``DOC008``), "schema" with the schema's name (or ``schema_version``), or
"exit code" with the number.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import contract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="record the current contract")
    args = parser.parse_args(argv)
    snapshot = contract.read_snapshot()
    if args.update:
        done, found = contract.update()
    else:
        done, found = False, contract.unannounced(snapshot, contract.current_contract())
    for key, line in found.items():
        print(f"{key}: {'announced: ' + line if line else 'NOT IN CHANGELOG.md'}")
    if args.update:
        if done:
            print(f"recorded {contract.SNAPSHOT.relative_to(contract.ROOT)}")
            return 0
        print("not recorded: add a CHANGELOG.md line under [Unreleased] for each item above")
        return 1
    if not found:
        print("the contract is as recorded" if snapshot else "no snapshot yet: use --update")
    return 0 if not found or all(found.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

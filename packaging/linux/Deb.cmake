# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package: cpack -G DEB (packaging/README.md). Depends come from dpkg-shlibdeps,
# so they name exactly the libraries the installed programs link.
set(CPACK_DEBIAN_PACKAGE_NAME "seedscope")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its platform plugin at run time, which dpkg-shlibdeps cannot see; seedscope-cli
# loads libpq when a team case is opened (core/casedb_pg/LibPq.h), which it cannot see either.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
if(TARGET seedscope_casedb_pg)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libpq5")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Seedscope opens Seed device dumps (.seeddump) and Omega checkpoint directories
read-only, verifies their signed, hash-chained journals and checkpoints, and
explains every finding: media damage, a wrong key or trust store, or tampering.
It follows trust scores and pool balances of savings groups (ROSCA, chama,
tontine) over time, reconciles devices with each other and keeps the chain of
custody in a case file (.seedcase).
.
This package holds the desktop workbench (seedscope), its command-line twin
(seedscope-cli) and the PDF report helper (seedscope-pdf).")

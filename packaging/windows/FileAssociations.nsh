; SPDX-License-Identifier: GPL-3.0-or-later
; File associations for the NSIS installer (packaging/windows/Nsis.cmake includes this
; from CPack's install and uninstall sections). Plain NSIS, kept out of CMake strings so
; quotes and backslashes need no escaping. A double-click on a .seeddump or .seedcase
; opens Seedscope; the ProgIDs live under HKCR (all users: the installer runs elevated).
!ifndef SEEDSCOPE_FILE_ASSOCIATIONS_NSH
!define SEEDSCOPE_FILE_ASSOCIATIONS_NSH

!macro SeedscopeAssociate
  WriteRegStr HKCR ".seeddump" "" "Seedscope.Dump"
  WriteRegStr HKCR ".seeddump" "Content Type" "application/x-seedscope-dump"
  WriteRegStr HKCR "Seedscope.Dump" "" "Seed device dump"
  WriteRegStr HKCR "Seedscope.Dump\DefaultIcon" "" "$INSTDIR\bin\seedscope.exe,0"
  WriteRegStr HKCR "Seedscope.Dump\shell\open\command" "" '"$INSTDIR\bin\seedscope.exe" "%1"'
  WriteRegStr HKCR ".seedcase" "" "Seedscope.Case"
  WriteRegStr HKCR ".seedcase" "Content Type" "application/x-seedscope-case"
  WriteRegStr HKCR "Seedscope.Case" "" "Seedscope case file"
  WriteRegStr HKCR "Seedscope.Case\DefaultIcon" "" "$INSTDIR\bin\seedscope.exe,0"
  WriteRegStr HKCR "Seedscope.Case\shell\open\command" "" '"$INSTDIR\bin\seedscope.exe" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer refreshes icons and "Open with".
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro SeedscopeUnassociate
  DeleteRegKey HKCR "Seedscope.Dump"
  DeleteRegKey HKCR "Seedscope.Case"
  ; The extensions go only while they still point at Seedscope.
  ReadRegStr $0 HKCR ".seeddump" ""
  StrCmp $0 "Seedscope.Dump" 0 +2
    DeleteRegKey HKCR ".seeddump"
  ReadRegStr $0 HKCR ".seedcase" ""
  StrCmp $0 "Seedscope.Case" 0 +2
    DeleteRegKey HKCR ".seedcase"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!endif

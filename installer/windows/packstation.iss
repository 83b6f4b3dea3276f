; Inno Setup script: the Windows installer of Packstation.
; Built by .github/workflows/windows-installer.yml on a Windows runner, after PyInstaller has
; made installer\build\dist\packstation (see installer\packstation.spec):
;   iscc /DAppVersion=0.1.0 installer\windows\packstation.iss
; Not built or run on the Linux development machine; see docs/operations.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0E7C1A-4F2D-4C1E-9A57-0D2C3B9E6F10}
AppName=Packstation
AppVersion={#AppVersion}
AppPublisher=Packstation
DefaultDirName={autopf}\Packstation
DefaultGroupName=Packstation
UninstallDisplayIcon={app}\packstation.exe
OutputDir=..\dist
OutputBaseFilename=packstation-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user or per-machine install: the packing PC's user may not be an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
SetupIconFile=..\build\packstation.ico
LicenseFile=..\..\LICENSE
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "Create a &desktop shortcut"; GroupDescription: "Shortcuts:"
Name: "autostart"; Description: "&Open Packstation when I sign in to Windows"; GroupDescription: "Start:"; Flags: unchecked

[Files]
Source: "..\build\dist\packstation\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Packstation"; Filename: "{app}\packstation.exe"
Name: "{group}\Packstation doctor (check the station)"; Filename: "{cmd}"; Parameters: "/k ""{app}\packstation-cli.exe"" doctor"
Name: "{group}\Uninstall Packstation"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Packstation"; Filename: "{app}\packstation.exe"; Tasks: desktopicon
Name: "{userstartup}\Packstation"; Filename: "{app}\packstation.exe"; Tasks: autostart

[Run]
Filename: "{app}\packstation.exe"; Description: "Start Packstation now"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only {app}. The data folder (%LOCALAPPDATA%\packstation: the database,
; labels, logs) and the settings (%LOCALAPPDATA%\packstation\config.toml) are kept on purpose.
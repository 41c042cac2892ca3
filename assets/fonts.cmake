# The UI typeface. Inter reads well at small sizes on a projector; Debian's
# fonts-inter ships it (scripts/setup.sh installs it).
set(SMM_FONT_REGULAR "/usr/share/fonts/opentype/inter/Inter-Regular.otf" CACHE FILEPATH "Body font")
set(SMM_FONT_BOLD "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf" CACHE FILEPATH "Heading font")
foreach(f ${SMM_FONT_REGULAR} ${SMM_FONT_BOLD})
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "Font ${f} is missing: run scripts/setup.sh (installs fonts-inter)")
  endif()
endforeach()

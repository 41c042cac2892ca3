# The UI typeface. Inter reads well at small sizes on a projector; Debian's
# fonts-inter ships it (scripts/setup.sh installs it).
set(SMM_FONT_REGULAR "/usr/share/fonts/opentype/inter/Inter-Regular.otf" CACHE FILEPATH "Body font")
set(SMM_FONT_BOLD "/usr/share/fonts/opentype/inter/Inter-SemiBold.otf" CACHE FILEPATH "Heading font")
foreach(f ${SMM_FONT_REGULAR} ${SMM_FONT_BOLD})
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "Font ${f} is missing: run scripts/setup.sh (installs fonts-inter)")
  endif()
endforeach()

# Only the glyphs the UI asks for (the ranges in shell/fonts.cpp) are compiled
# in: a quarter of the bytes, so a smaller wasm. Needs pyftsubset (Debian's
# fonttools, which scripts/setup.sh installs); without it the whole fonts go in.
option(SMM_SUBSET_FONTS "Embed only the glyphs the UI uses (needs pyftsubset)" ON)
set(SMM_FONT_LAYOUT_FEATURES "" CACHE STRING
    "OpenType layout features kept in the subset fonts, e.g. kern,liga,calt (Dear ImGui uses none)")
include(${PROJECT_SOURCE_DIR}/cmake/SubsetFont.cmake)
if(SMM_SUBSET_FONTS)
  find_program(SMM_PYFTSUBSET pyftsubset)
  # The Python that has Debian's fonttools (pyftsubset's own), for cmake/otf2ttf.py.
  find_program(SMM_FONT_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
  if(SMM_FONT_PYTHON)
    execute_process(COMMAND "${SMM_FONT_PYTHON}" -c "import fontTools.pens.cu2quPen"
                    RESULT_VARIABLE no_cu2qu OUTPUT_QUIET ERROR_QUIET)
    if(no_cu2qu)
      set(SMM_FONT_PYTHON "")
    endif()
  endif()
endif()
if(SMM_SUBSET_FONTS AND SMM_PYFTSUBSET)
  smm_font_unicodes(${PROJECT_SOURCE_DIR}/shell/fonts.cpp smm_font_unicodes)
  message(STATUS "Fonts: embedding subsets (${smm_font_unicodes}) made by ${SMM_PYFTSUBSET}")
  smm_subset_font(${SMM_FONT_REGULAR} "${smm_font_unicodes}" SMM_FONT_REGULAR_EMBED)
  smm_subset_font(${SMM_FONT_BOLD} "${smm_font_unicodes}" SMM_FONT_BOLD_EMBED)
else()
  if(SMM_SUBSET_FONTS)
    message(NOTICE "Fonts: pyftsubset not found (Debian package fonttools; scripts/setup.sh installs it): "
                   "embedding the full fonts, about 450 KB more in the wasm")
  else()
    message(STATUS "Fonts: SMM_SUBSET_FONTS is off: embedding the full fonts")
  endif()
  set(SMM_FONT_REGULAR_EMBED ${SMM_FONT_REGULAR})
  set(SMM_FONT_BOLD_EMBED ${SMM_FONT_BOLD})
endif()

# Final emcc link flags shared by both engines. Source this file.
#
# The worker in src/ depends on this interface: an ES module whose default
# export createModule(options) resolves to the Module, main not run at load,
# the runtime exiting after one callMain, and FS and callMain exported.
# Any change here must also be described in README.md under "Module interface".
ENGINE_LINK_FLAGS=(
  -O3
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createModule
  -sENVIRONMENT=web,worker,node
  -sINVOKE_RUN=0
  -sEXIT_RUNTIME=1
  -sALLOW_MEMORY_GROWTH=1
  -sMAXIMUM_MEMORY=4GB
  -sFORCE_FILESYSTEM=1
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=callMain,FS
  -sTOTAL_STACK=5MB
)
ENGINE_LINK_FLAGS+=(
  --pre-js "$ENGINES_SRC/module-pre.js"
  # Leave the host process's uncaughtException and unhandledRejection
  # handlers alone when a module is loaded under Node.
  -sNODEJS_CATCH_EXIT=0
  -sNODEJS_CATCH_REJECTION=0
)
